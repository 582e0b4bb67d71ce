package dev.clearance.regime;

import java.time.LocalDate;

/**
 * Days on which a fact is not known to hold: a rule whose start is known only to lie in
 * [from, to), or a membership whose end date is unknown. Inside the window the fact is applied
 * conservatively (the stricter reading) and the answer is marked uncertain.
 *
 * @param window the days in doubt
 * @param note   what is not known, for the trace
 * @param source where the bounds of the window come from
 */
public record Uncertainty(Period window, String note, String source) {
    /** True when {@code day} is in doubt. */
    public boolean covers(LocalDate day) {
        return window.contains(day);
    }

    /** One trace line: what is uncertain and over which days. */
    public String describe() {
        return "UNCERTAIN: " + note + " (days in doubt " + window + "); applied conservatively";
    }
}
