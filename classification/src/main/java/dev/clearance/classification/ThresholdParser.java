package dev.clearance.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the thresholds of a control-list paragraph: a number with a unit of {@code units.tsv} together with the
 * comparison written around it ("less than 193 nm", "10% by weight or more", "from 1 to 5 GHz"). A number with no
 * comparison is no threshold; "or better" (whose direction the words alone do not tell) is left out. Adjacent lower
 * and upper bounds on one quantity ("less than 193 nm but equal to or greater than 15 nm") make one range.
 */
public final class ThresholdParser {
    static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|\\.\\d+)"
            + "(?:\\s*[×x]\\s*10\\s*([−-]?\\s?\\d+))?";
    private static final Pattern BEFORE = Pattern.compile("(?i)(less than or equal to|less than or equal|equal to or less than"
            + "|equal to or below|not exceeding|not more than|up to and including|less than|lower than|shorter than|smaller than"
            + "|below|greater than or equal to|equal to or greater than|equal to or more than|equal to or longer than"
            + "|equal to or exceeding|equal to or above|equal to or higher than|at least|not less than|greater than|more than"
            + "|higher than|longer than|larger than|exceeding|exceeds|exceed|above|in excess of)\\s*(?:of\\s+)?(?:a\\s+)?$");
    private static final Pattern AFTER = Pattern.compile("(?i)^\\s*(or more|or greater|or higher|or above|or larger|or longer"
            + "|or less|or lower|or below|or smaller|or shorter|or better)\\b");
    private final Units units;
    private final Quantities quantities;
    private final Pattern amount;
    private final Pattern range;

    public ThresholdParser(Units units, Quantities quantities) {
        this.units = units;
        this.quantities = quantities;
        StringBuilder alt = new StringBuilder();
        for (String w : units.writtenForms()) {
            alt.append(alt.length() == 0 ? "" : "|").append(w.length() > 3 ? "(?i:" + Pattern.quote(w) + ")" : Pattern.quote(w));
        }
        String unit = "(" + alt + ")(?![\\p{L}\\p{N}])";
        this.amount = Pattern.compile(NUMBER + "\\s?" + unit);
        this.range = Pattern.compile("(?i:from|between)\\s+" + NUMBER + "\\s?(?:" + unit + ")?\\s+(?i:to|and)\\s+" + NUMBER
                + "\\s?" + unit);
    }

    public static ThresholdParser bundled() {
        return new ThresholdParser(Units.bundled(), Quantities.bundled());
    }

    /** The thresholds of {@code text}, in text order. */
    public List<Threshold> parse(String text) {
        List<int[]> taken = new ArrayList<>();
        List<Found> found = new ArrayList<>();
        Matcher r = range.matcher(text);
        while (r.find()) {
            Optional<Unit> u = units.find(r.group(6));
            Optional<Unit> first = r.group(3) == null ? u : units.find(r.group(3));
            if (u.isEmpty() || first.isEmpty() || !first.get().dimension().equals(u.get().dimension())) {
                continue;
            }
            double lo = first.get().fromBase(u.get().toBase(value(r.group(1), r.group(2))));
            double hi = value(r.group(4), r.group(5));
            String q = quantity(text, r.start(), r.end(), u.get().dimension());
            found.add(new Found(r.start(), r.end(), new Threshold(q, u.get().dimension(), u.get().symbol(), lo, true, hi, true,
                    text.substring(r.start(), r.end()))));
            taken.add(new int[] {r.start(), r.end()});
        }
        Matcher m = amount.matcher(text);
        while (m.find()) {
            if (inside(taken, m.start())) {
                continue;
            }
            Optional<Unit> u = units.find(m.group(3));
            if (u.isEmpty()) {
                continue;
            }
            int clauseStart = clauseStart(text, m.start());
            String before = text.substring(clauseStart, m.start());
            Matcher b = BEFORE.matcher(before);
            Matcher a = AFTER.matcher(text.substring(m.end()));
            String op = null;
            int start = m.start();
            int end = m.end();
            if (b.find()) {
                op = b.group(1).toLowerCase(java.util.Locale.ROOT);
                start = clauseStart + b.start();
            } else if (a.find()) {
                op = a.group(1).toLowerCase(java.util.Locale.ROOT);
                end = m.end() + a.end();
            }
            if (op == null || op.equals("or better")) {
                continue;
            }
            double v = value(m.group(1), m.group(2));
            boolean upper = op.matches(".*(less|below|not exceeding|not more|up to|lower|shorter|smaller).*");
            boolean inclusive = op.matches(".*(equal|not exceeding|not more|up to and including|at least|not less|or ).*");
            String q = quantity(text, start, end, u.get().dimension());
            Threshold t = upper
                    ? new Threshold(q, u.get().dimension(), u.get().symbol(), null, false, v, inclusive, text.substring(start, end))
                    : new Threshold(q, u.get().dimension(), u.get().symbol(), v, inclusive, null, false, text.substring(start, end));
            found.add(new Found(start, end, t));
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return merge(text, found);
    }

    /** Lower-only and upper-only bounds on one quantity a few words apart in one clause become one range. */
    private static List<Threshold> merge(String text, List<Found> found) {
        List<Threshold> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Found f = found.get(i);
            if (i + 1 < found.size()) {
                Found g = found.get(i + 1);
                String between = g.start() >= f.end() ? text.substring(f.end(), g.start()) : ";";
                Threshold a = f.t();
                Threshold b = g.t();
                if (a.kind() != Threshold.Kind.RANGE && b.kind() != Threshold.Kind.RANGE && a.kind() != b.kind()
                        && a.dimension().equals(b.dimension()) && a.unit().equals(b.unit()) && between.length() <= 40
                        && !between.matches(".*[;:].*")) {
                    Threshold lo = a.lower() != null ? a : b;
                    Threshold hi = a.upper() != null ? a : b;
                    out.add(new Threshold(a.quantity().equals(a.dimension()) ? b.quantity() : a.quantity(), a.dimension(), a.unit(), lo.lower(), lo.lowerInclusive(), hi.upper(),
                            hi.upperInclusive(), text.substring(f.start(), g.end())));
                    i++;
                    continue;
                }
            }
            out.add(f.t());
        }
        return out;
    }

    private String quantity(String text, int start, int end, String dimension) {
        // "10% by weight or more of combined fluorine": the words after "of" name the quantity; else the clause before.
        String after = text.substring(end, Math.min(text.length(), end + 40)).split("[;:,.]", -1)[0];
        Optional<Quantity> q = after.matches("\\s+of\\s.*") ? quantities.namedIn(after, dimension) : Optional.empty();
        if (q.isEmpty()) {
            q = quantities.namedIn(text.substring(clauseStart(text, start), start), dimension);
        }
        if (q.isEmpty()) {
            q = quantities.namedIn(after, dimension);
        }
        return q.map(Quantity::name).orElse(dimension);
    }

    private static int clauseStart(String text, int at) {
        int s = Math.max(Math.max(text.lastIndexOf(';', at - 1), text.lastIndexOf(':', at - 1)), at - 160);
        return Math.max(0, s + 1);
    }

    private static boolean inside(List<int[]> spans, int at) {
        for (int[] s : spans) {
            if (at >= s[0] && at < s[1]) {
                return true;
            }
        }
        return false;
    }

    /** A number as written: thousands commas, "5 × 10 3" (a flattened superscript exponent). */
    static double value(String number, String exponent) {
        double v = Double.parseDouble(number.replace(",", ""));
        if (exponent != null) {
            v *= Math.pow(10, Integer.parseInt(exponent.replace('−', '-').replace(" ", "")));
        }
        return v;
    }

    private record Found(int start, int end, Threshold t) {
    }
}
