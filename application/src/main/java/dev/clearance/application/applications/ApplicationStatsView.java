package dev.clearance.application.applications;

import java.time.LocalDate;
import java.util.Map;

/**
 * How applications fare, as of a day.
 *
 * @param asOf                       the day
 * @param counts                     applications per state (every state named)
 * @param decided                    applications decided
 * @param medianReviewDays           their median review time, or null
 * @param decidedWithDeadline        decided applications that had a deadline
 * @param shareDecidedWithinDeadline the share of those decided by it, or null
 * @param overdue                    applications past their deadline
 * @param note                       how review days are counted
 */
public record ApplicationStatsView(LocalDate asOf, Map<String, Long> counts, long decided, Double medianReviewDays,
                                   long decidedWithDeadline, Double shareDecidedWithinDeadline, long overdue,
                                   String note) {
}
