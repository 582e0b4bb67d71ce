package dev.clearance.regime;

import java.util.Locale;

/**
 * How the authority treats an application that a rule requires: refused in principle (a policy of
 * denial: US §746.8(b), §744.21(e); Korea's Russia/Belarus guideline) or reviewed case by case. An
 * application under a policy of denial is not the same answer as "licence required".
 */
public enum LicencePolicy {
    DENIAL, CASE_BY_CASE;

    /** The word in data, JSON, CSV and text: denial, case-by-case. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The policy a word names, or null when it names none. */
    public static LicencePolicy parse(String word) {
        for (LicencePolicy p : values()) {
            if (p.word().equals(word)) {
                return p;
            }
        }
        return null;
    }

    /** The stricter of two policies (denial over case-by-case); null counts as none. */
    public static LicencePolicy stricter(LicencePolicy a, LicencePolicy b) {
        if (a == null) {
            return b;
        }
        return b == null || a.ordinal() <= b.ordinal() ? a : b;
    }
}
