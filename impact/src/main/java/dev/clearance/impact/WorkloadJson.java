package dev.clearance.impact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The office-workload estimate as the JSON contract the CLI and the server write:
 * {@code {"before": {...}, "after": {...}, "change": {...}, "lines", "linesInScope", "rejected", "span",
 * "assumptions"}}. Officer days are rounded to two places.
 *
 * @param before       the side before the change
 * @param after        the side after it
 * @param change       after minus before
 * @param lines        order lines read (good ones)
 * @param linesInScope lines within the from/to filter
 * @param rejected     lines rejected as bad input
 * @param span         the months the book spans, or null for an empty book
 * @param assumptions  the assumptions used
 */
public record WorkloadJson(Side before, Side after, Change change, long lines, long linesInScope, long rejected,
                           Span span, WorkloadSettings.Assumptions assumptions) {
    /** Reads the contract into plain maps for callers that look fields up by name. */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One side of the change.
     *
     * @param label                           which side
     * @param applications                    applications per route, sorted
     * @param individualApplications          per-contract applications
     * @param officerDays                     officer days
     * @param officerDaysPerMonth             officer days per month
     * @param reviewDays                      review days per route, sorted
     * @param applicationsWithoutReviewPeriod applications whose regime gives no review period
     * @param linesWithoutLicence             lines needing no licence
     * @param linesWithoutRoute               lines needing a licence with no route open
     * @param notes                           notes per route
     * @param backlog                         the backlog with the office's capacity; left out without officers
     */
    public record Side(String label, SortedMap<String, Long> applications, long individualApplications,
                       double officerDays, double officerDaysPerMonth, SortedMap<String, Long> reviewDays,
                       long applicationsWithoutReviewPeriod, long linesWithoutLicence, long linesWithoutRoute,
                       Map<String, String> notes, @JsonInclude(JsonInclude.Include.NON_NULL) Backlog backlog) {
        static Side of(WorkloadSide s) {
            WorkloadSide.Backlog b = s.backlog();
            return new Side(s.label(), new TreeMap<>(s.applications()), s.individualApplications(),
                    round(s.officerDays()), round(s.officerDaysPerMonth()), new TreeMap<>(s.reviewDays()),
                    s.unknownReview(), s.noLicence(), s.noRoute(), s.notes(), b == null ? null
                    : new Backlog(round(b.capacityPerMonth()), round(b.utilisation()), round(b.peakOfficerDays()),
                            round(b.endOfficerDays()), round(b.monthsToClear())));
        }
    }

    /**
     * The backlog a side leaves with the office's capacity.
     *
     * @param capacityOfficerDaysPerMonth the office's officer days a month
     * @param utilisation                 the share of it used
     * @param peakOfficerDays             the largest backlog
     * @param endOfficerDays              the backlog at the end
     * @param monthsToClear               months to clear it
     */
    public record Backlog(double capacityOfficerDaysPerMonth, double utilisation, double peakOfficerDays,
                          double endOfficerDays, double monthsToClear) {
    }

    /**
     * After minus before.
     *
     * @param applications           per route
     * @param individualApplications per-contract applications
     * @param officerDays            officer days
     * @param officerDaysPerMonth    officer days per month
     * @param reviewDays             review days
     */
    public record Change(Map<String, Long> applications, long individualApplications, double officerDays,
                         double officerDaysPerMonth, long reviewDays) {
    }

    /**
     * The months an order book spans.
     *
     * @param from   the first month
     * @param to     the last month
     * @param months how many
     */
    public record Span(String from, String to, long months) {
    }

    /** @return the estimate in the contract's shape */
    public static WorkloadJson of(WorkloadEstimate e) {
        WorkloadSide before = e.before();
        WorkloadSide after = e.after();
        Change change = new Change(e.applicationChange(),
                after.individualApplications() - before.individualApplications(),
                round(after.officerDays() - before.officerDays()),
                round(after.officerDaysPerMonth() - before.officerDaysPerMonth()),
                WorkloadEstimate.sum(after.reviewDays()) - WorkloadEstimate.sum(before.reviewDays()));
        return new WorkloadJson(Side.of(before), Side.of(after), change, e.lines(), e.inScope(), e.rejected(),
                e.first() == null ? null : new Span(e.first().toString(), e.last().toString(), e.months()),
                e.settings().assumptions());
    }

    /** @return the contract's fields as a map, in order */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toMap() {
        return MAPPER.convertValue(this, LinkedHashMap.class);
    }

    private static double round(double d) {
        return WorkloadEstimate.round(d);
    }
}
