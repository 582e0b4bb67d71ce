package dev.clearance.impact;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The licensing office's workload on both sides of a change, over one order book.
 *
 * @param before   the side before the change
 * @param after    the side after it
 * @param lines    order lines read (good ones)
 * @param inScope  lines within the from/to filter
 * @param rejected lines rejected as bad input
 * @param first    first month of the span, or null for an empty book
 * @param last     last month of the span, or null
 * @param settings the assumptions used
 */
public record WorkloadEstimate(WorkloadSide before, WorkloadSide after, long lines, long inScope, long rejected,
                               YearMonth first, YearMonth last, WorkloadSettings settings) {

    /** Months in the span (at least 1). */
    public long months() {
        return first == null ? 1 : first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /** After minus before, by route, for applications. */
    public Map<String, Long> applicationChange() {
        Map<String, Long> m = new TreeMap<>();
        TreeSet<String> routes = new TreeSet<>(before.applications().keySet());
        routes.addAll(after.applications().keySet());
        for (String r : routes) {
            m.put(r, after.applications().getOrDefault(r, 0L) - before.applications().getOrDefault(r, 0L));
        }
        return m;
    }

    /** @return the estimate as the JSON contract: {@code {"before": {...}, "after": {...}, "change": {...}, ...}} */
    public WorkloadJson json() {
        return WorkloadJson.of(this);
    }

    /** @return {@link #json()}'s fields as a map, in order */
    public Map<String, Object> toMap() {
        return json().toMap();
    }

    static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
