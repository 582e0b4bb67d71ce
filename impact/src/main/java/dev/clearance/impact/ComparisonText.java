package dev.clearance.impact;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A comparison as plain text in two columns, and as a JSON-ready map. */
public final class ComparisonText {
    private static final int WIDTH = 52;

    private ComparisonText() {
    }

    public static String render(RegimeComparison c) {
        StringBuilder s = new StringBuilder();
        RegimeProfile l = c.left();
        RegimeProfile r = c.right();
        s.append("Comparison of ").append(l.jurisdiction()).append(" and ").append(r.jurisdiction()).append(" as of ")
                .append(c.day()).append('\n');
        columns(s, l.name() + " (data " + l.version() + ")", r.name() + " (data " + r.version() + ")");
        for (String heading : RegimeProfile.HEADINGS) {
            s.append('\n').append(heading).append('\n');
            List<RegimeProfile.Row> left = l.sections().get(heading);
            List<RegimeProfile.Row> right = r.sections().get(heading);
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                columns(s, i < left.size() ? cell(left.get(i)) : "", i < right.size() ? cell(right.get(i)) : "");
            }
            if (left.isEmpty() && right.isEmpty()) {
                columns(s, "(none)", "(none)");
            }
        }
        s.append("\nHow each treats the other\n");
        c.treatments().forEach(t -> treatment(s, t));
        return s.toString();
    }

    private static String cell(RegimeProfile.Row row) {
        return row.subject() + ": " + row.statement();
    }

    private static void treatment(StringBuilder s, Treatment t) {
        s.append("  ").append(t.from()).append(" -> ").append(t.destination()).append(": ").append(t.to()).append(" is in ")
                .append(t.standing().groups().isEmpty() ? "no group" : String.join(", ", t.standing().groups()))
                .append(" of the ").append(t.from()).append(" regime\n");
        for (Treatment.Sample sample : t.samples()) {
            s.append("    ").append(sample.label()).append(": ").append(sample.determination().summary()).append('\n');
        }
    }

    /** Two cells side by side, each wrapped to the column width. */
    private static void columns(StringBuilder s, String left, String right) {
        List<String> a = wrap(left);
        List<String> b = wrap(right);
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String x = i < a.size() ? a.get(i) : "";
            String y = i < b.size() ? b.get(i) : "";
            s.append("  ").append(x).append(" ".repeat(WIDTH - x.length())).append(" | ").append(y).append('\n');
        }
    }

    static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            while (word.length() > WIDTH) {
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, WIDTH));
                word = word.substring(WIDTH);
            }
            if (line.length() + word.length() + (line.length() > 0 ? 1 : 0) > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** @return the comparison's JSON fields as a map, in order ({@link ComparisonJson} is the contract) */
    public static Map<String, Object> toMap(RegimeComparison c) {
        return ComparisonJson.of(c).toMap();
    }
}
