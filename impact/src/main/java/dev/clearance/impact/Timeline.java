package dev.clearance.impact;

import java.time.LocalDate;
import java.util.List;

/**
 * A country's standing in a regime over time, as lanes of intervals.
 *
 * @param country      the destination, ISO 3166-1 alpha-2
 * @param jurisdiction the regime
 * @param start        the first day shown (the data's coverage start)
 * @param end          the last day shown (today, usually)
 */
public record Timeline(String country, String jurisdiction, LocalDate start, LocalDate end, List<Lane> lanes) {
    public Timeline {
        lanes = List.copyOf(lanes);
    }

    /**
     * One thing that holds for the country over some intervals.
     *
     * @param kind group, measure, licence, catch-all or processing
     * @param name what it is, e.g. "A" or "JP-2019-07-04-KR-THREE-ITEMS"
     */
    public record Lane(String kind, String name, List<Interval> intervals, String source) {
        public Lane {
            intervals = List.copyOf(intervals);
        }
    }

    /** Days [from, to); {@code to} is null while it still holds at the end of the timeline. */
    public record Interval(LocalDate from, LocalDate to) {
        @Override
        public String toString() {
            return "[" + from + ", " + (to == null ? "…" : to) + ")";
        }
    }
}
