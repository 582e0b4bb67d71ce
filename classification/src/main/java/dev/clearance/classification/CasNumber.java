package dev.clearance.classification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CAS Registry Numbers: 2–7 digits, 2 digits, a check digit (the weighted digit sum modulo 10). */
public final class CasNumber {
    private static final Pattern CAS = Pattern.compile("(?<![\\d-])(\\d{2,7})-(\\d{2})-(\\d)(?![\\d-])");

    private CasNumber() {
    }

    /** The CAS number written {@code s}, canonical, if it is one and its check digit holds. */
    public static Optional<String> parse(String s) {
        Matcher m = CAS.matcher(s == null ? "" : s.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return valid(m) ? Optional.of(m.group()) : Optional.empty();
    }

    /** Every CAS number in a text, in order, without repeats; numbers failing their check digit are left out. */
    public static List<String> findAll(String text) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        Matcher m = CAS.matcher(text);
        while (m.find()) {
            if (valid(m)) {
                out.add(m.group());
            }
        }
        return new ArrayList<>(out);
    }

    /** Numbers shaped as CAS numbers in a text whose check digit fails (a typo in the source, for the data test). */
    public static List<String> failingCheckDigit(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = CAS.matcher(text);
        while (m.find()) {
            if (!valid(m)) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static boolean valid(Matcher m) {
        String digits = m.group(1) + m.group(2);
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            sum += (digits.length() - i) * (digits.charAt(i) - '0');
        }
        return sum % 10 == m.group(3).charAt(0) - '0';
    }
}
