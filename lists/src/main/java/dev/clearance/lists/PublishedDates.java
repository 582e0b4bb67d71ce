package dev.clearance.lists;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads dates as publishers write them ("12 Aug 1960", "circa 1955", "1960 to 1962", "26.11.1972",
 * "00/05/1960", "1960-08-12") into {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
final class PublishedDates {
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?(?:T.*)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:(\\d{1,2})\\s+)?" + MONTH + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),\\s+(\\d{4})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern RANGE = Pattern.compile("(.+?)\\s*(?:\\bto\\b|–|(?<=\\d{4})\\s*-\\s*(?=\\d{4}$))\\s*(.+)");
    private static final int MAX_EXPANDED_YEARS = 10;
    private static final Pattern TRAILING = Pattern.compile("[.;]+$");
    private static final Pattern ALTERNATIVES = Pattern.compile("\\s*(?:\\bor\\b|;|\\(or\\s*|\\))\\s*");
    private static final Pattern QUALIFIER = Pattern.compile("^(?:circa|approximately|approx\\.?|about|possibly|ca\\.?|c\\.)\\s*");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    private PublishedDates() {
    }

    /**
     * Every date a published text states: one for a plain date, each year of a short year range,
     * each alternative of "A or B". Empty when nothing is readable.
     */
    static List<String> parse(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return List.of();
        }
        String t = TRAILING.matcher(text.trim().toLowerCase(Locale.ROOT)).replaceAll("");
        if (t.isEmpty() || t.equals("-0-")) {
            return List.of();
        }
        for (String alt : ALTERNATIVES.split(t)) {
            String a = QUALIFIER.matcher(alt).replaceFirst("").trim();
            if (a.isEmpty()) {
                continue;
            }
            Matcher range = RANGE.matcher(a);
            if (range.matches()) {
                String from = one(range.group(1).trim());
                String to = one(range.group(2).trim());
                if (from != null && to != null) {
                    int y1 = Integer.parseInt(from.substring(0, 4));
                    int y2 = Integer.parseInt(to.substring(0, 4));
                    if (y2 > y1 && y2 - y1 <= MAX_EXPANDED_YEARS) {
                        for (int y = y1; y <= y2; y++) {
                            out.add(Integer.toString(y));
                        }
                    } else {
                        out.add(from);
                        out.add(to);
                    }
                    continue;
                }
            }
            String d = one(a);
            if (d != null) {
                out.add(d);
            }
        }
        return new ArrayList<>(out);
    }

    /** One date, or {@code null}. */
    static String one(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = ISO.matcher(t);
        if (m.matches()) {
            return format(m.group(1), m.group(2), m.group(3));
        }
        m = NUMERIC.matcher(t);
        if (m.matches()) {
            return format(m.group(3), m.group(2), m.group(1));
        }
        m = DAY_MONTH_YEAR.matcher(t);
        if (m.matches()) {
            return format(m.group(3), Integer.toString(MONTHS.get(m.group(2))), m.group(1));
        }
        m = MONTH_DAY_YEAR.matcher(t);
        if (m.matches()) {
            return format(m.group(3), Integer.toString(MONTHS.get(m.group(1))), m.group(2));
        }
        m = YEAR.matcher(t);
        if (m.find() && onlyOneNumber(t)) {
            return format(m.group(1), null, null);
        }
        return null;
    }

    /** True when the text's only digits are one run of four (a year). */
    private static boolean onlyOneNumber(String t) {
        Matcher m = FOUR_DIGITS.matcher(t);
        if (!m.find()) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (Character.isDigit(t.charAt(i)) && (i < m.start() || i >= m.end())) {
                return false;
            }
        }
        return true;
    }

    private static String format(String year, String month, String day) {
        int y = Integer.parseInt(year);
        if (y < 1000 || y > 2999) {
            return null;
        }
        int mo = month == null ? 0 : Integer.parseInt(month);
        int d = day == null ? 0 : Integer.parseInt(day);
        if (mo < 0 || mo > 12 || d < 0 || d > 31) {
            return null;
        }
        if (mo == 0) {
            return year;
        }
        if (d == 0) {
            return String.format(Locale.ROOT, "%04d-%02d", y, mo);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", y, mo, d);
    }
}
