package dev.clearance.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the shapes publishers pack several names into, so that each is screened as a name of its own:
 * "Rostec (Russian Technologies State Corporation)", "Radiotechnical and Information Systems (RTI) Concern",
 * "X, also known as Y", "X a.k.a. Y", "X t/a Y", "X d/b/a Y", "X trading as Y", "X (formerly Y)", "X f/k/a Y".
 * The name as published is kept too; the parts are added beside it. A parenthetical place ("(Hong Kong)", "(HK)")
 * is a qualifier of the name, not another name, and is not split off ({@link Places}); a parenthetical of one short
 * word ("(ROE)", "(RTI)") is an acronym and is marked {@link ListEntry.Name.Kind#WEAK_ALIAS} (it identifies no one
 * inside a longer name). The same rule reads screened names ({@link #split}).
 */
public final class NameShapes {
    /** The words that introduce another name of the same party. */
    private static final Pattern ANOTHER_NAME = Pattern.compile(
            "(?i)[,;]?\\s*(?<![\\p{L}\\d])(?:also known as|a\\.\\s?k\\.\\s?a\\.?|f\\.\\s?k\\.\\s?a\\.?|[af]/k/a"
                    + "|formerly known as|formerly|previously known as|trading as|t/a|d/b/a|d\\.b\\.a\\."
                    + "|doing business as)(?![\\p{L}\\d])[,:.]?\\s*");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\s*\\(([^()]*)\\)\\s*");
    /** Longest acronym marked weak: one word of at most this many letters or digits. */
    private static final int ACRONYM = 5;

    private NameShapes() {
    }

    /** One name a published or screened name holds, and whether it is a short acronym. */
    public record Part(String name, boolean acronym) { }

    /**
     * The names a name holds besides itself, in order: the name without its parentheticals, each parenthetical that
     * is not a place, and every name after "also known as" and its kin. Empty when the name is of one piece.
     */
    public static List<Part> split(String name) {
        List<Part> out = new ArrayList<>();
        if (name == null || name.indexOf('(') < 0 && !mayHoldAnotherName(name)) {
            return out;
        }
        List<String> pieces = new ArrayList<>();
        for (String piece : anotherName(name)) {
            pieces.add(piece);
        }
        boolean several = pieces.size() > 1;
        for (String piece : pieces) {
            Matcher m = PARENTHETICAL.matcher(piece);
            StringBuilder outside = new StringBuilder();
            List<String> inside = new ArrayList<>();
            int last = 0;
            while (m.find()) {
                String content = m.group(1).strip();
                outside.append(piece, last, m.start()).append(' ');
                last = m.end();
                if (Places.isPlace(content) || !content.chars().anyMatch(Character::isLetter)) {
                    // a place qualifies the name; a number in brackets is not a name
                    outside.append(content).append(' ');
                } else {
                    inside.addAll(anotherName(content));
                }
            }
            outside.append(piece.substring(last));
            String base = clean(outside.toString());
            if (!inside.isEmpty() || several) {
                add(out, base, name);
            }
            for (String in : inside) {
                add(out, in, name);
            }
        }
        return out;
    }

    /** How many brackets are open at {@code at}. */
    private static int depth(String text, int at) {
        int d = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            d += c == '(' ? 1 : c == ')' && d > 0 ? -1 : 0;
        }
        return d;
    }

    /** A cheap look before the pattern (every listed and screened name passes here): the marks its words need. */
    private static boolean mayHoldAnotherName(String name) {
        if (name.indexOf('/') < 0 && name.indexOf('.') < 0) {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!lower.contains("known") && !lower.contains("formerly") && !lower.contains("trading")
                    && !lower.contains("doing")) {
                return false;
            }
        }
        return ANOTHER_NAME.matcher(name).find();
    }

    /** The name cut at every "also known as", "t/a", "formerly" ...: the first name, then the others. */
    private static List<String> anotherName(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = ANOTHER_NAME.matcher(text);
        int last = 0;
        while (m.find()) {
            if (depth(text, m.start()) > 0) {
                continue; // inside brackets: the parenthetical is read on its own
            }
            if (m.start() > last) {
                out.add(text.substring(last, m.start()));
            }
            last = m.end();
        }
        out.add(text.substring(last));
        out.removeIf(s -> clean(s).isEmpty());
        return out;
    }

    private static void add(List<Part> out, String part, String whole) {
        String p = clean(part);
        if (p.isEmpty() || p.equalsIgnoreCase(whole.strip()) || !p.chars().anyMatch(Character::isLetterOrDigit)) {
            return;
        }
        for (Part o : out) {
            if (o.name().equalsIgnoreCase(p)) {
                return;
            }
        }
        out.add(new Part(p, acronym(p)));
    }

    /** One word of at most {@value #ACRONYM} letters or digits ("ROE", "RTI", "BMI"). */
    static boolean acronym(String part) {
        String p = part.strip();
        return !p.isEmpty() && p.length() <= ACRONYM && p.chars().allMatch(Character::isLetterOrDigit);
    }

    /** Without leading and trailing punctuation and spaces, runs of spaces collapsed. */
    private static String clean(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[\\s,;:.\\-–—]+", "").replaceAll("[\\s,;:\\-–—]+$", "");
        return t.strip();
    }
}
