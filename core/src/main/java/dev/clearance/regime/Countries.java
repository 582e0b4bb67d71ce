package dev.clearance.regime;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes. */
public final class Countries {
    private static final Set<String> CODES = Set.of(Locale.getISOCountries());

    private Countries() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /** The English short name, or the code itself when unknown. */
    public static String name(String code) {
        String n = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
        return n.isEmpty() ? code : n;
    }
}
