package dev.clearance.determination;

import java.util.Locale;

/**
 * How far an answer can be relied on: the weakest of the facts that decided it.
 * {@code CHECK}: a deciding fact rests on secondary sources only, or the date lies past the data's
 * review; {@code UNCERTAIN}: the date falls in a rule's (or a membership's) uncertainty window,
 * where the rule was applied conservatively.
 */
public enum Confidence {
    CONFIRMED, CHECK, UNCERTAIN;

    // computed once: every answer written to CSV or JSON reads it
    private final String word = name().toLowerCase(Locale.ROOT);

    /** The weaker of the two. */
    public Confidence weakest(Confidence other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The word in JSON, CSV and text: confirmed, check, uncertain. */
    public String word() {
        return word;
    }
}
