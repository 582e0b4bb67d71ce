package dev.clearance.regime;

/**
 * A country's membership of a group over a period.
 *
 * @param confirmed false for memberships the sources do not confirm: shown in traces, never decided on
 * @param uncertain days on which the membership is in doubt (it counts, conservatively, and answers
 *                  that rest on it are uncertain); null when it is not in doubt
 */
public record Membership(String country, Period period, String source, boolean confirmed, Uncertainty uncertain) {
    /** A membership not in doubt on any day. */
    public Membership(String country, Period period, String source, boolean confirmed) {
        this(country, period, source, confirmed, null);
    }

    /** True when the membership holds on {@code day} but is in doubt then. */
    public boolean uncertainOn(java.time.LocalDate day) {
        return uncertain != null && uncertain.covers(day);
    }
}
