package dev.clearance.regime;

import java.time.LocalDate;

/**
 * A half-open interval of days [from, to). A null {@code from} means "since before the data begins";
 * a null {@code to} means "still in force".
 */
public record Period(LocalDate from, LocalDate to) {
    /** Always in force. */
    public static final Period ALWAYS = new Period(null, null);

    public Period {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("empty period: from " + from + " is not before to " + to);
        }
    }

    public boolean contains(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }

    public boolean overlaps(Period other) {
        boolean startsBeforeOtherEnds = from == null || other.to == null || from.isBefore(other.to);
        boolean otherStartsBeforeThisEnds = other.from == null || to == null || other.from.isBefore(to);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    @Override
    public String toString() {
        return "[" + (from == null ? "…" : from) + ", " + (to == null ? "…" : to) + ")";
    }
}
