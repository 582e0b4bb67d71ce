package dev.clearance.regime;

import java.util.Locale;
import java.util.regex.Pattern;

/** Control-list codes in the Wassenaar/EU style: category digit, product group letter, three digits, sub-items. */
public final class Codes {
    private static final Pattern CODE = Pattern.compile("[0-9][A-E][0-9]{3}(\\.[a-z0-9]+)*");

    private Codes() {
    }

    /** The code as written in the data: upper-case stem, lower-case sub-items (3C002.a.2). */
    public static String canonical(String code) {
        String c = code.trim();
        if (c.length() < 5) {
            return c.toUpperCase(Locale.ROOT);
        }
        return c.substring(0, 5).toUpperCase(Locale.ROOT) + c.substring(5).toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String code) {
        return CODE.matcher(code).matches();
    }

    /** True when {@code parent} is {@code child} or a prefix of it at a dot boundary (3C002 covers 3C002.a.2; 3B covers 3B001). */
    public static boolean covers(String parent, String child) {
        if (child.equals(parent)) {
            return true;
        }
        if (!child.startsWith(parent)) {
            return false;
        }
        return parent.length() < 5 || child.charAt(parent.length()) == '.';
    }
}
