package dev.clearance.determination;

import java.util.Locale;

/**
 * What the exporter knows of the goods' end use. Which end uses a rule reaches is the regime data's to say (a rule
 * that also reaches a military-intelligence end use names it), never this enum's.
 *
 * <p>{@link #ADVANCED_NODE_IC}: the development or production of ICs at a facility known to produce advanced-node
 * ICs; {@link #IC_PRODUCTION}: the development or production of ICs at a facility where that is not known (a rule
 * for advanced-node facilities is then a doubt, not a fact); {@link #SEMICONDUCTOR_EQUIPMENT}: the development or
 * production of semiconductor manufacturing equipment.
 */
public enum EndUse {
    CIVIL, WMD, CONVENTIONAL_WEAPONS, MILITARY, MILITARY_INTELLIGENCE, SUPERCOMPUTER, ADVANCED_NODE_IC,
    IC_PRODUCTION, SEMICONDUCTOR_EQUIPMENT, INTERNAL_REPRESSION, UNKNOWN;

    // computed once: every order line and every rule reads it
    private final String word = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** True when a rule naming {@code words} (end uses as data writes them) reaches this end use. */
    public boolean within(java.util.Collection<String> words) {
        return words.contains(word());
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
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        for (EndUse u : values()) {
            if (u.word.equals(wanted)) {
                return u;
            }
        }
        return null;
    }

    /** The word used on the command line and in data files. */
    public String word() {
        return word;
    }
}
