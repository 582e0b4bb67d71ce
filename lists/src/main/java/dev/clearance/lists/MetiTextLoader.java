package dev.clearance.lists;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japan's export-ban end-user lists (METI / MOFA notices on Russia, Belarus and third-country entities) as
 * text extracted from the published PDFs: a header naming the notice, then numbered entries of a Japanese
 * name, an English name with "a.k.a., the following N aliases:" and dash-led aliases, and "所在地：" address.
 * PDF extraction sometimes glues an entry's number to the end of the previous address; such entries are
 * split out by their expected sequence number.
 */
final class MetiTextLoader {
    private static final Pattern START = Pattern.compile("^\\s*(\\d{1,4})\\s*(.*)$");
    private static final Pattern ADDRESS = Pattern.compile("^\\s*所\\s*在\\s*地\\s*[：:]\\s*(.*)$");
    private static final Pattern AKA = Pattern.compile("[,\\s]*(?:\\(|\\b)(?:a\\.k\\.a\\b|also known as\\b|and the following\\b).*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADDRESS_START = Pattern.compile("所\\s*在\\s*地\\s*[：:]");
    private static final Pattern ALIAS_LINE = Pattern.compile("^別称\\s*[：:]\\s*(.*)$");
    private static final Pattern ENGLISH_RUN = Pattern.compile(
            "[A-Z0-9][^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\u3000-\\u303F\\uFF01-\\uFF60・ー]*");
    private static final Pattern NOTICE = Pattern.compile("（([^（）]*告示[^（）]*号)）");
    private static final Pattern JAPANESE_ALIASES = Pattern.compile("[（(]別称、?(.*)[）)]\\s*$");

    private enum Kind {
        RUSSIA("russia", "Russia", "RU"), BELARUS("belarus", "Belarus", "BY"), THIRD("third-country", "third countries", null);

        final String idPrefix;
        final String label;
        final String country;

        Kind(String idPrefix, String label, String country) {
            this.idPrefix = idPrefix;
            this.label = label;
            this.country = country;
        }
    }

    private MetiTextLoader() {
    }

    static void load(LoadContext.Input in, LoadContext ctx) throws IOException {
        List<String> header = new ArrayList<>();
        List<Raw> entries = new ArrayList<>();
        Raw current = null;
        int expected = 1;
        try (BufferedReader r = new BufferedReader(in.reader())) {
            long lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String l = halfWidthDigits(line).replace('\u3000', ' ');
                if (l.isBlank()) {
                    continue;
                }
                // An entry glued to the end of the previous line ("... Russia.10 対外諜報庁").
                if (current != null && (current.inAddress || ADDRESS_START.matcher(l).find())) {
                    Matcher glued = Pattern.compile("(?<=\\D)(" + expected + ")\\s*(?=\\S*" + JAPANESE_CHAR + ")").matcher(l);
                    if (glued.find() && glued.start() > 0) {
                        current.lines.add(l.substring(0, glued.start()));
                        l = l.substring(glued.start()).strip();
                    }
                }
                Matcher m = START.matcher(l);
                if (m.matches() && hasJapanese(m.group(2)) && !ADDRESS.matcher(m.group(2)).matches()) {
                    int n = Integer.parseInt(m.group(1));
                    if (n >= expected && n <= expected + 3) {
                        if (n > expected) {
                            ctx.problem(in.name, lineNo, "entry " + n + " follows entry " + (expected - 1)
                                    + ": entr" + (n - expected > 1 ? "ies " + expected + " to " + (n - 1) + " are" : "y " + expected + " is")
                                    + " missing or unreadable");
                        }
                        current = new Raw(n, lineNo);
                        current.lines.add(m.group(2));
                        current.inAddress = ADDRESS_START.matcher(m.group(2)).find();
                        entries.add(current);
                        expected = n + 1;
                        continue;
                    }
                }
                if (current == null) {
                    header.add(l.strip());
                } else {
                    current.lines.add(l);
                    current.inAddress |= ADDRESS_START.matcher(l).find();
                }
            }
        }
        String head = String.join("", header);
        Kind kind = kind(head, in.path.getFileName().toString());
        Matcher notice = NOTICE.matcher(head);
        String programme = notice.find() ? notice.group(1) : null;
        for (Raw raw : entries) {
            entry(raw, kind, programme, in.name, ctx);
        }
    }

    private static final String JAPANESE_CHAR = "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\uFF01-\\uFF60]";

    private static Kind kind(String header, String fileName) {
        if (header.contains("以外") || fileName.contains("third")) {
            return Kind.THIRD;
        }
        if (header.contains("ベラルーシ") || fileName.toLowerCase(Locale.ROOT).contains("belarus")) {
            return Kind.BELARUS;
        }
        return Kind.RUSSIA;
    }

    private static void entry(Raw raw, Kind kind, String programme, String file, LoadContext ctx) {
        StringBuilder japanese = new StringBuilder();
        StringBuilder english = new StringBuilder();
        StringBuilder extra = new StringBuilder();
        StringBuilder block = null;
        List<StringBuilder> aliases = new ArrayList<>();
        StringBuilder address = null;
        List<String> lines = new ArrayList<>();
        for (String line : raw.lines) {
            Matcher at = ADDRESS_START.matcher(line);
            if (at.find() && at.start() > 0 && !line.substring(0, at.start()).isBlank()) {
                lines.add(line.substring(0, at.start()));
                lines.add(line.substring(at.start()));
            } else {
                lines.add(line);
            }
        }
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            Matcher a = ADDRESS.matcher(l);
            if (a.matches()) {
                address = new StringBuilder(a.group(1));
                continue;
            }
            if (address != null) {
                address.append(' ').append(l);
                continue;
            }
            if (l.startsWith("-") || l.startsWith("—") || l.startsWith("−") || l.startsWith("–")) {
                aliases.add(new StringBuilder(l.substring(1).strip()));
                continue;
            }
            if (!aliases.isEmpty()) {
                aliases.get(aliases.size() - 1).append(' ').append(l);
                continue;
            }
            Matcher aliasLine = ALIAS_LINE.matcher(l);
            if (aliasLine.matches()) {
                block = new StringBuilder(aliasLine.group(1).strip());
                continue;
            }
            if (block != null) {
                boolean glue = block.length() > 0 && hasJapanese(block.substring(block.length() - 1)) && hasJapanese(l.substring(0, 1));
                // A Latin line after an alias holding Japanese starts the next alias ("有限会社 AMG" / "LLC Company
                // AMG; ..."): joined by a space, the Japanese alias would lose its Latin words to the English run.
                String open = block.substring(block.lastIndexOf(";") + 1);
                boolean next = !glue && hasJapanese(open) && !hasJapanese(l) && !open.isBlank();
                block.append(glue ? "" : next ? "; " : " ").append(l);
                continue;
            }
            if (hasJapanese(l)) {
                if (english.length() > 0) {
                    extra.append(l);
                    continue;
                }
                Matcher run = ENGLISH_RUN.matcher(l);
                boolean found = false;
                while (run.find()) {
                    String text = run.group().strip();
                    if (text.indexOf(' ') > 0 && text.chars().anyMatch(Character::isLowerCase)) {
                        japanese.append(l, 0, run.start());
                        english.append(text);
                        extra.append(l.substring(run.end()));
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    japanese.append(l);
                }
                continue;
            }
            english.append(english.length() > 0 ? " " : "").append(l);
        }
        String id = kind.idPrefix + "-" + raw.number;
        EntryBuilder b = new EntryBuilder("meti", id, "METI specific organisations (" + kind.label + ")").type(EntityType.ORGANIZATION);
        String englishName = AKA.matcher(english.toString()).replaceFirst("").strip().replaceAll("[,;]$", "");
        b.name(englishName, ListEntry.Name.Kind.PRIMARY);
        for (StringBuilder alias : aliases) {
            String s = alias.toString().strip().replaceAll("(?:;|\\.)?\\s*(?:and)?$", "").replaceAll("[;.,]$", "").strip();
            b.name(s, ListEntry.Name.Kind.ALIAS);
        }
        String jp = japanese.toString().strip();
        Matcher ja = JAPANESE_ALIASES.matcher(jp);
        if (ja.find()) {
            b.name(jp.substring(0, ja.start()).strip(), ListEntry.Name.Kind.ORIGINAL_SCRIPT);
            for (String part : ja.group(1).split("、|及び")) {
                b.name(part.strip(), ListEntry.Name.Kind.ORIGINAL_SCRIPT);
            }
        } else {
            b.name(jp, ListEntry.Name.Kind.ORIGINAL_SCRIPT);
        }
        if (block != null) {
            for (String part : block.toString().split(";")) {
                String p = part.strip().replaceAll("[.,]$", "");
                Matcher run = ENGLISH_RUN.matcher(p);
                boolean split = false;
                while (hasJapanese(p) && run.find()) {
                    String text = run.group().strip();
                    if (run.start() > 0 && text.indexOf(' ') > 0 && text.chars().anyMatch(Character::isLowerCase)) {
                        b.name(p.substring(0, run.start()).strip(), ListEntry.Name.Kind.ORIGINAL_SCRIPT);
                        b.name(text, ListEntry.Name.Kind.ALIAS);
                        split = true;
                        break;
                    }
                }
                if (!split) {
                    b.name(p, ListEntry.Name.Kind.ALIAS);
                }
            }
        }
        for (String part : extra.toString().replaceAll("[（）()]", "").split("、|及び")) {
            b.name(part.strip(), ListEntry.Name.Kind.ORIGINAL_SCRIPT);
        }
        if (englishName.isEmpty()) {
            ctx.problem(file, raw.line, "entry " + raw.number + " has no English name" + (jp.isEmpty() ? ": skipped" : ""));
            if (jp.isEmpty()) {
                return;
            }
        }
        if (kind.country != null) {
            b.countryCode(kind.country);
        }
        if (address != null) {
            String addr = address.toString().strip();
            for (String one : addr.split(";\\s*(?:and\\s+)?")) {
                b.countryCode(CountryCodes.fromAddress(one.replaceAll("[.\\s]+$", "")));
            }
            b.remark("Address: " + addr);
        }
        b.programme(programme);
        ctx.add(b, file, raw.line);
    }

    private static boolean hasJapanese(String s) {
        return lastJapanese(s) >= 0;
    }

    /** Index of the last Japanese character (kana, kanji, full-width punctuation), or -1. */
    private static int lastJapanese(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA
                    || c >= '\u3000' && c <= '\u303F' || c >= '\uFF01' && c <= '\uFF60' || c == '・' || c == 'ー') {
                return i;
            }
        }
        return -1;
    }

    private static String halfWidthDigits(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '０' && c <= '９') {
                if (sb == null) {
                    sb = new StringBuilder(s);
                }
                sb.setCharAt(i, (char) ('0' + (c - '０')));
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static final class Raw {
        final int number;
        final long line;
        final List<String> lines = new ArrayList<>();
        boolean inAddress;

        Raw(int number, long line) {
            this.number = number;
            this.line = line;
        }
    }
}
