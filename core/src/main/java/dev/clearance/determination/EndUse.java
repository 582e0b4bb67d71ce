package dev.clearance.determination;

import java.util.Locale;

/** What the exporter knows of the goods' end use. */
public enum EndUse {
    CIVIL, WMD, CONVENTIONAL_WEAPONS, MILITARY, INTERNAL_REPRESSION, UNKNOWN;

    /** Every word, as {@code civil, wmd, ...}, for messages. */
    public static String words() {
        return String.join(", ", java.util.Arrays.stream(values()).map(EndUse::word).toList());
    }

    /** Parses {@code civil|wmd|conventional-weapons|military|internal-repression|unknown}; null for anything else. */
    public static EndUse parse(String text) {
        if (text == null) {
            return null;
        }
        for (EndUse u : values()) {
            if (u.word().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return u;
            }
        }
        return null;
    }

    /** The word used on the command line and in data files. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
