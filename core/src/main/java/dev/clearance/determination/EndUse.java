package dev.clearance.determination;

import java.util.Locale;

/**
 * What the exporter knows of the goods' end use. A narrower end use is also the broader one it is a kind of (a
 * military-intelligence end use is a military end use), so a rule naming the broader one reaches it.
 */
public enum EndUse {
    CIVIL, WMD, CONVENTIONAL_WEAPONS, MILITARY, MILITARY_INTELLIGENCE, SUPERCOMPUTER, ADVANCED_NODE_IC,
    INTERNAL_REPRESSION, UNKNOWN;

    /** The broader end use this one is a kind of, or null. */
    private EndUse broader() {
        return this == MILITARY_INTELLIGENCE ? MILITARY : null;
    }

    /** True when a rule naming {@code words} (end uses as data writes them) reaches this end use. */
    public boolean within(java.util.Collection<String> words) {
        for (EndUse u = this; u != null; u = u.broader()) {
            if (words.contains(u.word())) {
                return true;
            }
        }
        return false;
    }

    /** Every word, as {@code civil, wmd, ...}, for messages. */
    public static String words() {
        return String.join(", ", java.util.Arrays.stream(values()).map(EndUse::word).toList());
    }

    /** Parses one of {@link #words()}; null for anything else. */
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
