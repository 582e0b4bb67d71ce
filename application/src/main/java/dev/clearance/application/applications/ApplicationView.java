package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.clearance.licensing.RequiredDocument;
import dev.clearance.records.applications.Application;
import dev.clearance.records.applications.ApplicationEvent;
import dev.clearance.records.applications.ApplicationLine;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A licence application as it stands, with its clock as of a day: what the API shows (with its licence and
 * screenings) and what each step's audit record keeps (without them: the record describes the application without
 * reading other tables).
 *
 * @param id                     the application
 * @param state                  its state
 * @param stateSince             since when
 * @param jurisdiction           the regime applied to
 * @param route                  the licence route applied for
 * @param destination            where to
 * @param item                   the control-list entry
 * @param holder                 the applicant
 * @param endUser                the end user
 * @param endUse                 the end use
 * @param consignee              the consignee, or null
 * @param currency               the lines' currency, or null
 * @param requester              who filed it
 * @param filedOn                the filing day
 * @param determination          the determination's summary it rests on
 * @param determinationAuditSeq  that determination's audit record
 * @param regimeVersion          the regime data version
 * @param filingOffice           where it is filed
 * @param lines                  the order lines
 * @param totalQuantity          their quantity, or null
 * @param totalValue             their value, or null
 * @param documents              the documents the regime asks for
 * @param clock                  the review clock
 * @param decidedOn              the decision day, or null
 * @param decidedBy              the deciding officer, or null
 * @param decisionNote           their note, or null
 * @param licenceId              the licence an approval registered, or null
 * @param grounds                its licence and screenings; null (nothing written) in an audit record
 * @param events                 every step taken
 */
public record ApplicationView(long id, String state, LocalDate stateSince, String jurisdiction, String route,
                              String destination, String item, String holder, String endUser, String endUse,
                              String consignee, String currency, String requester, LocalDate filedOn,
                              String determination, Long determinationAuditSeq, String regimeVersion,
                              String filingOffice, List<Line> lines, BigDecimal totalQuantity, BigDecimal totalValue,
                              List<RequiredDocument> documents, Clock clock, LocalDate decidedOn, String decidedBy,
                              String decisionNote, Long licenceId, @JsonUnwrapped Grounds grounds,
                              List<Event> events) {
    /**
     * What an application rests on, as the API shows it: the licence its approval registered, and its end user's and
     * consignee's screenings at filing and approval.
     *
     * @param licence    its licence, or null
     * @param screenings its screenings at the gate
     */
    public record Grounds(LicenceView licence, List<GateScreeningView> screenings) {
    }

    /**
     * An order line.
     *
     * @param reference the company's reference, or null
     * @param quantity  how much, or null
     * @param value     worth, or null
     */
    public record Line(String reference, BigDecimal quantity, BigDecimal value) {
    }

    /**
     * The review clock as of a day.
     *
     * @param reviewDays            the regime's review days, or null
     * @param dayCount              how days are counted
     * @param note                  the clock in words
     * @param asOf                  the day it is read on
     * @param deadline              the deadline then, or null
     * @param daysLeft              counted days left (negative: overdue); null once decided or without a deadline
     * @param stopped               whether information is requested
     * @param pausedDays            counted days it stood still
     * @param overdue               whether the deadline has passed while the clock runs
     * @param reviewTime            counted review days to the decision, or null
     * @param decidedWithinDeadline whether it was decided by its deadline, or null
     */
    public record Clock(Integer reviewDays, String dayCount, String note, LocalDate asOf, LocalDate deadline,
                        Long daysLeft, boolean stopped, long pausedDays, boolean overdue, Long reviewTime,
                        Boolean decidedWithinDeadline) {
    }

    /**
     * A step taken.
     *
     * @param on    the day it counts on
     * @param at    when it was recorded
     * @param actor who took it
     * @param from  the state before, or null for the filing
     * @param to    the state after
     * @param note  its note, or null
     */
    public record Event(LocalDate on, Instant at, String actor, String from, String to, String note) {
    }

    /** @return the application with its clock as of {@code asOf} */
    public static ApplicationView of(Application a, LocalDate asOf) {
        return new ApplicationView(a.id(), a.state().name(), a.stateSince(), a.jurisdiction(), a.route(),
                a.destination(), a.entryCode(), a.holder(), a.endUser(), a.endUse(), a.consignee(), a.currency(),
                a.requester(), a.filedOn(), a.determination(), a.determinationAuditSeq(), a.regimeVersion(),
                a.filingOffice(), a.lines().stream().map(ApplicationView::line).toList(), a.totalQuantity(),
                a.totalValue(), a.documents(), clock(a, asOf), a.decidedOn(), a.decidedBy(), a.decisionNote(),
                a.licenceId(), null, a.events().stream().map(ApplicationView::event).toList());
    }

    /** @return the application with its licence and screenings */
    public ApplicationView with(Grounds g) {
        return new ApplicationView(id, state, stateSince, jurisdiction, route, destination, item, holder, endUser,
                endUse, consignee, currency, requester, filedOn, determination, determinationAuditSeq, regimeVersion,
                filingOffice, lines, totalQuantity, totalValue, documents, clock, decidedOn, decidedBy, decisionNote,
                licenceId, g, events);
    }

    private static Line line(ApplicationLine l) {
        return new Line(l.reference(), l.quantity(), l.value());
    }

    private static Clock clock(Application a, LocalDate asOf) {
        return new Clock(a.reviewDays(), a.dayCount().name(), a.clockNote(), asOf, a.deadline(asOf),
                a.state().decided() ? null : a.daysLeft(asOf), a.clockStopped(), a.pausedAsOf(asOf),
                a.overdue(asOf), a.reviewTime(), a.decidedWithinDeadline());
    }

    private static Event event(ApplicationEvent e) {
        return new Event(e.on(), e.at(), e.actor(), e.from() == null ? null : e.from().name(), e.to().name(),
                e.note());
    }
}
