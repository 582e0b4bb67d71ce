package dev.clearance.report;

import java.util.List;

/**
 * HTML building blocks. Every text that comes from data goes through {@link #escape}, because order
 * books and scenario files are user input and end up in a page someone opens in a browser.
 */
public final class Html {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;color:#1d232a;padding:0 1rem}
            h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d6dc}
            table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
            th,td{border:1px solid #d0d6dc;padding:.25rem .5rem;text-align:left;vertical-align:top}
            th{background:#eef1f4}td.n{text-align:right;font-variant-numeric:tabular-nums}
            .source{color:#5b6670;font-size:.8rem}.muted{color:#5b6670}
            svg{font-family:inherit;font-size:11px;max-width:100%;height:auto}
            """;

    private Html() {
    }

    /** Text made safe inside HTML elements and attribute values. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /** A complete English page: title, inline style and the given body markup. */
    public static String page(String title, String body) {
        return page("en", title, body);
    }

    /** A complete page in {@code lang} (en, ja, ko): title, inline style and the given body markup. */
    public static String page(String lang, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(lang) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + "</title><style>" + CSS + "</style></head><body>\n"
                + "<h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }

    /** A table; header and cells are plain text, escaped here. Cells that look numeric align right. */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("<table><thead><tr>");
        header.forEach(h -> s.append("<th>").append(escape(h)).append("</th>"));
        s.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            s.append("<tr>");
            for (String cell : row) {
                boolean numeric = cell != null && cell.matches("[+-]?[0-9]+");
                s.append(numeric ? "<td class=\"n\">" : "<td>").append(escape(cell)).append("</td>");
            }
            s.append("</tr>\n");
        }
        return s.append("</tbody></table>\n").toString();
    }

    /**
     * A table whose cells are markup already (escaped by the caller, e.g. with {@link #recorded} or {@link #name}
     * inside); the header is plain text. Cells that look numeric align right.
     */
    public static String tableOfMarkup(List<String> header, List<List<String>> rows) {
        StringBuilder s = new StringBuilder("<table><thead><tr>");
        header.forEach(h -> s.append("<th>").append(escape(h)).append("</th>"));
        s.append("</tr></thead><tbody>\n");
        for (List<String> row : rows) {
            s.append("<tr>");
            for (String cell : row) {
                boolean numeric = cell != null && cell.matches("[+-]?[0-9.]+");
                s.append(numeric ? "<td class=\"n\">" : "<td>").append(cell == null ? "" : cell).append("</td>");
            }
            s.append("</tr>\n");
        }
        return s.append("</tbody></table>\n").toString();
    }

    /**
     * A text the regime data, a trace or an input words in English, put in a page of another language as it is
     * recorded: marked {@code lang="en"}, so readers and checks know it is the record's own wording.
     */
    public static String recorded(String text) {
        return text == null || text.isEmpty() ? "" : "<span lang=\"en\">" + escape(text) + "</span>";
    }

    /** A code or name (entry, country, route, rule): shown as written, never translated. */
    public static String name(String text) {
        return text == null || text.isEmpty() ? "" : "<span translate=\"no\">" + escape(text) + "</span>";
    }

    /**
     * A catalogue text with its values put in as markup: the text is escaped here, each {0}, {1}, ... replaced by the
     * value as given (escaped by the caller, e.g. a {@link #name} or {@link #recorded} span).
     */
    public static String fill(String text, String... markup) {
        String s = escape(text);
        for (int i = 0; i < markup.length; i++) {
            s = s.replace("{" + i + "}", markup[i]);
        }
        return s;
    }

    /** A paragraph of markup (escaped by the caller) with an optional CSS class. */
    public static String pMarkup(String cssClass, String markup) {
        return (cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">") + markup + "</p>\n";
    }

    /** A paragraph of escaped text with an optional CSS class. */
    public static String p(String cssClass, String text) {
        return (cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">") + escape(text) + "</p>\n";
    }

    public static String h2(String text) {
        return "<h2>" + escape(text) + "</h2>\n";
    }
}
