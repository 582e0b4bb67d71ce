package dev.clearance.records.applications;

import dev.clearance.licensing.DayCount;
import dev.clearance.licensing.RequiredDocument;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A stored licence application with its review clock.
 *
 * <p>The deadline is the filing day plus the review days, counted as the application says (calendar or working
 * days), plus every day the clock stood still while information was requested. While it stands still the
 * deadline moves on day by day.
 *
 * @param id             database id
 * @param jurisdiction   the regime
 * @param route          the licence type applied for
 * @param destination    ISO alpha-2 destination
 * @param entryCode      control entry, or null for unlisted goods
 * @param holder         the exporter
 * @param endUser        the end user
 * @param endUse         the stated end use
 * @param consignee      the consignee, or null
 * @param currency       currency of values, or null
 * @param requester      who filed it
 * @param filedOn        the filing day
 * @param filedAt        when it was recorded
 * @param determination  the determination's summary on the filing day
 * @param regimeVersion  the regime data version
 * @param request        the export request as filed (JSON)
 * @param filingOffice   where it is filed, or null
 * @param reviewDays     review days, or null when the sources give none
 * @param dayCount       how the review days are counted
 * @param clockNote      the sources of the review days and of the count, with their status
 * @param validityYears  the route's validity in the data, or null
 * @param routeConditions the route's conditions in the data, or empty
 * @param state          where it stands
 * @param stateSince     the day it entered that state
 * @param pausedDays     counted days the clock stood still, in earlier requests for information
 * @param pausedSince    the day the current request for information began, or null
 * @param decidedOn      the decision or withdrawal day, or null
 * @param decidedBy      who decided or withdrew, or null
 * @param decisionNote   reasons, conditions or override, or null
 * @param licenceId      the licence registered on approval, or null
 * @param lines          the order lines
 * @param documents      the documents checklist
 * @param events         the history, oldest first
 * @param determinationAuditSeq the audit record of the determination it was filed on, or null (filed before
 *                       it was recorded)
 */
public record Application(long id, String jurisdiction, String route, String destination, String entryCode,
                          String holder, String endUser, String endUse, String consignee, String currency,
                          String requester, LocalDate filedOn, Instant filedAt, String determination,
                          String regimeVersion, String request, String filingOffice, Integer reviewDays, DayCount dayCount,
                          String clockNote, Integer validityYears, String routeConditions, ApplicationState state,
                          LocalDate stateSince, int pausedDays, LocalDate pausedSince, LocalDate decidedOn,
                          String decidedBy, String decisionNote, Long licenceId, List<ApplicationLine> lines,
                          List<RequiredDocument> documents, List<ApplicationEvent> events,
                          Long determinationAuditSeq) {
    /** Copies the lists. */
    public Application {
        Objects.requireNonNull(state, "state");
        lines = List.copyOf(lines);
        documents = List.copyOf(documents);
        events = List.copyOf(events);
    }

    /** Counted days the clock has stood still up to {@code asOf}, including a request still open. */
    public long pausedAsOf(LocalDate asOf) {
        long open = pausedSince == null ? 0 : dayCount.between(pausedSince, asOf);
        return pausedDays + open;
    }

    /** @return the deadline as of a day (moving while the clock stands still), or null without review days */
    public LocalDate deadline(LocalDate asOf) {
        if (reviewDays == null) {
            return null;
        }
        return dayCount.add(filedOn, reviewDays + pausedAsOf(asOf));
    }

    /** @return true while information is requested */
    public boolean clockStopped() {
        return state == ApplicationState.INFORMATION_REQUESTED;
    }

    /** @return true when the clock runs and the deadline has passed ({@code asOf} after the deadline day) */
    public boolean overdue(LocalDate asOf) {
        LocalDate d = deadline(asOf);
        return state.clockRuns() && d != null && asOf.isAfter(d);
    }

    /** @return counted days from {@code asOf} to the deadline (negative when overdue), or null without one */
    public Long daysLeft(LocalDate asOf) {
        LocalDate d = deadline(asOf);
        if (d == null) {
            return null;
        }
        return asOf.isAfter(d) ? -dayCount.between(d, asOf) : dayCount.between(asOf, d);
    }

    /** @return counted review days from filing to decision, less the days the clock stood still; null if undecided */
    public Long reviewTime() {
        if (decidedOn == null) {
            return null;
        }
        return Math.max(0, dayCount.between(filedOn, decidedOn) - pausedDays);
    }

    /** @return whether it was decided by its deadline; null when undecided or without a deadline */
    public Boolean decidedWithinDeadline() {
        if (decidedOn == null || reviewDays == null) {
            return null;
        }
        return !decidedOn.isAfter(deadline(decidedOn));
    }

    /** @return the sum of the lines' quantities, or null when no line gives one */
    public BigDecimal totalQuantity() {
        return total(true);
    }

    /** @return the sum of the lines' values, or null when no line gives one */
    public BigDecimal totalValue() {
        return total(false);
    }

    private BigDecimal total(boolean quantity) {
        BigDecimal sum = null;
        for (ApplicationLine l : lines) {
            BigDecimal v = quantity ? l.quantity() : l.value();
            if (v != null) {
                sum = sum == null ? v : sum.add(v);
            }
        }
        return sum;
    }
}
