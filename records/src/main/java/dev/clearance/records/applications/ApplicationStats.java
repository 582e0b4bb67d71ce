package dev.clearance.records.applications;

import java.util.Map;

/**
 * How the office is doing.
 *
 * @param counts              applications by state (every state, zeros included)
 * @param decided             approved or denied applications
 * @param medianReviewDays    median review time of decided applications (filing to decision, less the days the
 *                            clock stood still, each in its own day count), or null when none is decided
 * @param decidedWithDeadline decided applications that had a deadline
 * @param shareWithinDeadline share of those decided by their deadline, or null when there are none
 * @param overdue             open applications past their deadline on the day asked about
 */
public record ApplicationStats(Map<ApplicationState, Long> counts, long decided, Double medianReviewDays,
                               long decidedWithDeadline, Double shareWithinDeadline, long overdue) {
    /** Copies the counts. */
    public ApplicationStats {
        counts = Map.copyOf(counts);
    }
}
