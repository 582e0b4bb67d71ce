package dev.clearance.impact;

import java.time.YearMonth;
import java.util.LinkedHashMap;
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

    /** The estimate as the JSON contract: {@code {"before": {...}, "after": {...}, "change": {...}, ...}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", side(before));
        m.put("after", side(after));
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("applications", applicationChange());
        change.put("individualApplications", after.individualApplications() - before.individualApplications());
        change.put("officerDays", round(after.officerDays() - before.officerDays()));
        change.put("officerDaysPerMonth", round(after.officerDaysPerMonth() - before.officerDaysPerMonth()));
        change.put("reviewDays", sum(after.reviewDays()) - sum(before.reviewDays()));
        m.put("change", change);
        m.put("lines", lines);
        m.put("linesInScope", inScope);
        m.put("rejected", rejected);
        m.put("span", first == null ? null : Map.of("from", first.toString(), "to", last.toString(),
                "months", months()));
        m.put("assumptions", settings.describe());
        return m;
    }

    private static Map<String, Object> side(WorkloadSide s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", s.label());
        m.put("applications", new TreeMap<>(s.applications()));
        m.put("individualApplications", s.individualApplications());
        m.put("officerDays", round(s.officerDays()));
        m.put("officerDaysPerMonth", round(s.officerDaysPerMonth()));
        m.put("reviewDays", new TreeMap<>(s.reviewDays()));
        m.put("applicationsWithoutReviewPeriod", s.unknownReview());
        m.put("linesWithoutLicence", s.noLicence());
        m.put("linesWithoutRoute", s.noRoute());
        m.put("notes", s.notes());
        if (s.backlog() != null) {
            WorkloadSide.Backlog b = s.backlog();
            Map<String, Object> bl = new LinkedHashMap<>();
            bl.put("capacityOfficerDaysPerMonth", round(b.capacityPerMonth()));
            bl.put("utilisation", round(b.utilisation()));
            bl.put("peakOfficerDays", round(b.peakOfficerDays()));
            bl.put("endOfficerDays", round(b.endOfficerDays()));
            bl.put("monthsToClear", round(b.monthsToClear()));
            m.put("backlog", bl);
        }
        return m;
    }

    static long sum(Map<String, Long> m) {
        return m.values().stream().mapToLong(Long::longValue).sum();
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }
}
