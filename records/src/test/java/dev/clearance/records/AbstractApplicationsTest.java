package dev.clearance.records;

import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.applications.Application;
import dev.clearance.records.applications.ApplicationEvent;
import dev.clearance.records.applications.ApplicationLine;
import dev.clearance.records.applications.ApplicationRefusal;
import dev.clearance.records.applications.ApplicationState;
import dev.clearance.records.applications.ApplicationStats;
import dev.clearance.records.applications.ApplicationStep;
import dev.clearance.records.applications.Applications;
import dev.clearance.records.applications.Approval;
import dev.clearance.records.applications.NewApplication;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.licences.DeterminationLink;
import dev.clearance.records.licences.Drawdown;
import dev.clearance.records.licences.Licence;
import dev.clearance.records.licences.Licences;
import dev.clearance.records.licences.Shipment;
import dev.clearance.records.licences.ShipmentRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.ExportRequest;
import dev.clearance.licensing.ApplicationTerms;
import dev.clearance.licensing.DayCount;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** Applications on each database: every transition, the clock pause, deadline edges and refusals. */
abstract class AbstractApplicationsTest extends DatabaseTest {
    static final DeterminationEngine ENGINE = DeterminationEngine.bundled();
    static final Principal ALICE = new Principal("alice", Role.REQUESTER);
    static final Principal BOB = new Principal("bob", Role.REQUESTER);
    static final Principal OFFICER = new Principal("olga", Role.OFFICER);
    static final Function<Application, AuditRecord> AUDIT = a -> AuditRecord.draft("test", "APPLICATION_" + a.state(),
            "{}", "{\"id\":" + a.id() + "}").withSubject("application " + a.id());
    static final Approval.RouteCheck AVAILABLE = new Approval.RouteCheck(true, "still offered");

    private Applications apps() {
        return new Applications(db, new AuditTrail(db), Clock.fixed(Instant.parse("2019-12-01T00:00:00Z"),
                ZoneOffset.UTC));
    }

    static NewApplication krToJp(String day, String route) {
        Determination d = ENGINE.determine(ExportRequest.of("KR", "JP", "3C002", LocalDate.parse(day)));
        return new NewApplication(ApplicationTerms.of(ENGINE.regimes(), d, "JP", route), "3C002", "Acme Korea",
                "Sony Semiconductor", "EUV lithography R&D", null, "USD",
                List.of(new ApplicationLine("PO-1", new BigDecimal("10"), new BigDecimal("5000")),
                        new ApplicationLine("PO-2", new BigDecimal("5"), new BigDecimal("2500"))),
                d.summary(), d.regimeVersion(), "{\"from\":\"KR\"}");
    }

    private Application filed(Applications apps, String day) {
        return apps.file(krToJp(day, "INDIVIDUAL"), ALICE, AUDIT);
    }

    private static void refused(ApplicationRefusal.Kind kind, String message, ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApplicationRefusal.class, e -> {
            assertThat(e.kind()).isEqualTo(kind);
            assertThat(e.getMessage()).contains(message);
        });
    }

    private static Approval approval(Approval.RouteCheck route, String override) {
        return new Approval(null, LocalDate.parse("2020-09-30"), null, null, "no re-export", route, override);
    }

    @Test
    void filedApplicationCarriesTheChecklistTheClockAndItsAuditRecord() {
        Applications apps = apps();
        Application a = filed(apps, "2019-09-19");
        assertThat(a.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(a.requester()).isEqualTo("alice");
        assertThat(a.reviewDays()).isEqualTo(15);
        assertThat(a.dayCount()).isEqualTo(DayCount.WORKING);
        assertThat(a.clockNote()).contains("CHECK");
        assertThat(a.documents()).hasSize(5);
        assertThat(a.documents().get(3).name()).isEqualTo("End-consignee statement");
        // Thursday 2019-09-19 plus 15 working days.
        assertThat(a.deadline(a.filedOn())).isEqualTo(LocalDate.of(2019, 10, 10));
        assertThat(a.totalQuantity()).isEqualByComparingTo("15");
        assertThat(a.totalValue()).isEqualByComparingTo("7500");
        assertThat(a.events()).singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(ApplicationState.SUBMITTED));
        assertThat(queryLong("SELECT COUNT(*) FROM audit_record WHERE action = 'APPLICATION_SUBMITTED'")).isEqualTo(1);
    }

    @Test
    void fullPathToApprovalRegistersTheLicenceAndAuditsEveryStep() {
        Applications apps = apps();
        long id = filed(apps, "2019-09-19").id();
        apps.step(id, ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-09-20"), null, AUDIT);
        apps.step(id, ApplicationStep.REQUEST_INFORMATION, OFFICER, LocalDate.parse("2019-09-25"),
                "end-user undertaking unsigned", AUDIT);
        apps.step(id, ApplicationStep.RESUME, ALICE, LocalDate.parse("2019-10-02"), "signed copy attached", AUDIT);
        Application done = apps.approve(id, OFFICER, LocalDate.parse("2019-10-08"), approval(AVAILABLE, null), AUDIT);
        assertThat(done.state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(done.decidedBy()).isEqualTo("olga");
        assertThat(done.decisionNote()).contains("no re-export");
        assertThat(done.events()).extracting(ApplicationEvent::to).containsExactly(ApplicationState.SUBMITTED,
                ApplicationState.UNDER_REVIEW, ApplicationState.INFORMATION_REQUESTED, ApplicationState.UNDER_REVIEW,
                ApplicationState.APPROVED);
        Licence l = new Licences(db).get(done.licenceId()).orElseThrow();
        assertThat(l.jurisdiction()).isEqualTo("KR");
        assertThat(l.type()).isEqualTo("INDIVIDUAL");
        assertThat(l.number()).isEqualTo("KR-INDIVIDUAL-" + id);
        assertThat(l.entries()).containsExactly("3C002");
        assertThat(l.destinations()).containsExactly("JP");
        assertThat(l.consignees()).containsExactly("Sony Semiconductor");
        assertThat(l.quantityLimit()).isEqualByComparingTo("15");
        assertThat(l.valueLimit()).isEqualByComparingTo("7500");
        assertThat(l.validFrom()).isEqualTo(LocalDate.parse("2019-10-08"));
        assertThat(l.validTo()).isEqualTo(LocalDate.parse("2020-09-30"));
        // filed without a determination record: the licence says it rests on none, and so do its drawdowns
        assertThat(l.determination()).isEqualTo(DeterminationLink.none());
        assertThat(queryLong("SELECT COUNT(*) FROM audit_record WHERE subject = 'application " + id + "'")).isEqualTo(5);
        assertThat(new AuditTrail(db).verify().ok()).isTrue();
        // Decided within the deadline: 5 working days of pause (25 Sep to 2 Oct) move 10 Oct to 17 Oct.
        assertThat(done.pausedDays()).isEqualTo(5);
        assertThat(done.deadline(done.decidedOn())).isEqualTo(LocalDate.parse("2019-10-17"));
        assertThat(done.decidedWithinDeadline()).isTrue();
        assertThat(done.reviewTime()).isEqualTo(13 - 5);
    }

    @Test
    void theLicenceOfAnApprovedApplicationAndItsDrawdownsRestOnTheApplicationsDetermination() {
        Applications apps = apps();
        AuditRecord determined = AuditRecord.draft("alice", AuditAction.DETERMINATION, "{}", "{}");
        Application filed = apps.file(krToJp("2019-09-19", "INDIVIDUAL"), ALICE, determined, AUDIT);
        long seq = filed.determinationAuditSeq();
        apps.step(filed.id(), ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-09-20"), null, AUDIT);
        Application done = apps.approve(filed.id(), OFFICER, LocalDate.parse("2019-10-08"),
                approval(AVAILABLE, null), AUDIT);
        Licences licences = new Licences(db);
        Licence l = licences.get(done.licenceId()).orElseThrow();
        assertThat(l.determination()).isEqualTo(new DeterminationLink(seq, DeterminationLink.Source.APPLICATION));
        Drawdown d = licences.drawDown(l.id(), new ShipmentRequest("KR", "3C002", "JP", "Sony Semiconductor",
                BigDecimal.ONE, BigDecimal.TEN, LocalDate.parse("2019-10-09"), null), "olga", null, (h, x) -> { });
        assertThat(d.accepted()).isTrue();
        assertThat(licences.shipments(l.id())).singleElement().extracting(Shipment::determination)
                .isEqualTo(new DeterminationLink(seq, DeterminationLink.Source.APPLICATION));
    }

    @Test
    void denialNeedsReasonsAndWithdrawalIsTheFilersAlone() {
        Applications apps = apps();
        long id = filed(apps, "2019-09-19").id();
        apps.step(id, ApplicationStep.START_REVIEW, OFFICER, null, null, AUDIT);
        refused(ApplicationRefusal.Kind.BAD_INPUT, "reasons", () ->
                apps.step(id, ApplicationStep.DENY, OFFICER, null, " ", AUDIT));
        Application denied = apps.step(id, ApplicationStep.DENY, OFFICER, null, "end user of concern", AUDIT);
        assertThat(denied.state()).isEqualTo(ApplicationState.DENIED);
        assertThat(denied.decisionNote()).isEqualTo("end user of concern");
        assertThat(denied.licenceId()).isNull();

        for (ApplicationStep before : new ApplicationStep[] {null, ApplicationStep.START_REVIEW,
                ApplicationStep.REQUEST_INFORMATION}) {
            long other = filed(apps, "2019-09-19").id();
            if (before != null) {
                apps.step(other, ApplicationStep.START_REVIEW, OFFICER, null, null, AUDIT);
            }
            if (before == ApplicationStep.REQUEST_INFORMATION) {
                apps.step(other, before, OFFICER, null, "which fab?", AUDIT);
            }
            refused(ApplicationRefusal.Kind.FORBIDDEN, "only the requester who filed it", () ->
                    apps.step(other, ApplicationStep.WITHDRAW, OFFICER, null, null, AUDIT));
            refused(ApplicationRefusal.Kind.NOT_FOUND, "no application", () ->
                    apps.step(other, ApplicationStep.WITHDRAW, BOB, null, null, AUDIT));
            Application w = apps.step(other, ApplicationStep.WITHDRAW, ALICE, null, "order cancelled", AUDIT);
            assertThat(w.state()).isEqualTo(ApplicationState.WITHDRAWN);
            assertThat(w.decidedBy()).isEqualTo("alice");
        }
    }

    @Test
    void illegalTransitionsAreRefusedWithTheReasonAndChangeNothing() {
        Applications apps = apps();
        long id = filed(apps, "2019-09-19").id();
        refused(ApplicationRefusal.Kind.ILLEGAL_TRANSITION, "it is SUBMITTED", () ->
                apps.approve(id, OFFICER, null, approval(AVAILABLE, null), AUDIT));
        refused(ApplicationRefusal.Kind.ILLEGAL_TRANSITION, "it is SUBMITTED", () ->
                apps.step(id, ApplicationStep.RESUME, OFFICER, null, null, AUDIT));
        refused(ApplicationRefusal.Kind.ILLEGAL_TRANSITION, "it is SUBMITTED", () ->
                apps.step(id, ApplicationStep.REQUEST_INFORMATION, OFFICER, null, "x", AUDIT));
        apps.step(id, ApplicationStep.START_REVIEW, OFFICER, null, null, AUDIT);
        refused(ApplicationRefusal.Kind.ILLEGAL_TRANSITION, "it is UNDER_REVIEW", () ->
                apps.step(id, ApplicationStep.START_REVIEW, OFFICER, null, null, AUDIT));
        apps.step(id, ApplicationStep.WITHDRAW, ALICE, null, null, AUDIT);
        for (ApplicationStep s : ApplicationStep.values()) {
            if (s != ApplicationStep.APPROVE) {
                refused(ApplicationRefusal.Kind.ILLEGAL_TRANSITION, "decided", () ->
                        apps.step(id, s, s == ApplicationStep.WITHDRAW ? ALICE : OFFICER, null, "n", AUDIT));
            }
        }
        assertThat(apps.get(id, OFFICER).orElseThrow().events()).hasSize(3);
        assertThat(queryLong("SELECT COUNT(*) FROM audit_record")).isEqualTo(3);
    }

    @Test
    void aRequesterCannotDecideNorSeeAnotherRequestersApplications() {
        Applications apps = apps();
        long id = filed(apps, "2019-09-19").id();
        refused(ApplicationRefusal.Kind.FORBIDDEN, "only an officer may start review", () ->
                apps.step(id, ApplicationStep.START_REVIEW, ALICE, null, null, AUDIT));
        apps.step(id, ApplicationStep.START_REVIEW, OFFICER, null, null, AUDIT);
        refused(ApplicationRefusal.Kind.FORBIDDEN, "only an officer may approve", () ->
                apps.approve(id, ALICE, null, approval(AVAILABLE, null), AUDIT));
        refused(ApplicationRefusal.Kind.FORBIDDEN, "only an officer may deny", () ->
                apps.step(id, ApplicationStep.DENY, ALICE, null, "no", AUDIT));
        refused(ApplicationRefusal.Kind.FORBIDDEN, "only an officer", () ->
                apps.step(id, ApplicationStep.REQUEST_INFORMATION, ALICE, null, "?", AUDIT));
        refused(ApplicationRefusal.Kind.FORBIDDEN, "viewer", () ->
                apps.file(krToJp("2019-09-19", "INDIVIDUAL"), new Principal("v", Role.VIEWER), AUDIT));
        apps.file(krToJp("2019-09-19", "INDIVIDUAL"), BOB, AUDIT);
        assertThat(apps.get(id, BOB)).isEmpty();
        assertThat(apps.get(id, ALICE)).isPresent();
        assertThat(apps.list(BOB, null)).extracting(Application::requester).containsExactly("bob");
        assertThat(apps.list(OFFICER, null)).hasSize(2);
        assertThat(apps.list(OFFICER, ApplicationState.UNDER_REVIEW)).extracting(Application::id).containsExactly(id);
        assertThat(apps.get(id, OFFICER).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
    }

    @Test
    void theClockStopsWhileInformationIsRequested() {
        Applications apps = apps();
        long id = filed(apps, "2019-09-19").id();
        apps.step(id, ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-09-19"), null, AUDIT);
        Application paused = apps.step(id, ApplicationStep.REQUEST_INFORMATION, OFFICER,
                LocalDate.parse("2019-10-09"), "licence of the end user?", AUDIT);
        assertThat(paused.clockStopped()).isTrue();
        // The deadline moves on with every working day of the pause and the application is never overdue.
        assertThat(paused.deadline(LocalDate.parse("2019-10-09"))).isEqualTo(LocalDate.parse("2019-10-10"));
        assertThat(paused.deadline(LocalDate.parse("2019-10-11"))).isEqualTo(LocalDate.parse("2019-10-14"));
        assertThat(paused.deadline(LocalDate.parse("2019-10-16"))).isEqualTo(LocalDate.parse("2019-10-17"));
        assertThat(paused.overdue(LocalDate.parse("2019-11-30"))).isFalse();
        Application resumed = apps.step(id, ApplicationStep.RESUME, OFFICER, LocalDate.parse("2019-10-16"), null,
                AUDIT);
        assertThat(resumed.pausedDays()).isEqualTo(5);
        assertThat(resumed.deadline(LocalDate.parse("2019-12-01"))).isEqualTo(LocalDate.parse("2019-10-17"));
        // Deadline edges: due on the deadline day, overdue the day after.
        assertThat(resumed.overdue(LocalDate.parse("2019-10-17"))).isFalse();
        assertThat(resumed.daysLeft(LocalDate.parse("2019-10-17"))).isZero();
        assertThat(resumed.overdue(LocalDate.parse("2019-10-18"))).isTrue();
        assertThat(resumed.daysLeft(LocalDate.parse("2019-10-21"))).isEqualTo(-2);
        // Twice paused: the pauses add up.
        apps.step(id, ApplicationStep.REQUEST_INFORMATION, OFFICER, LocalDate.parse("2019-10-17"), "more", AUDIT);
        Application again = apps.step(id, ApplicationStep.RESUME, ALICE, LocalDate.parse("2019-10-18"), null, AUDIT);
        assertThat(again.pausedDays()).isEqualTo(6);
        assertThat(again.deadline(again.stateSince())).isEqualTo(LocalDate.parse("2019-10-18"));
    }

    @Test
    void decidedOnTheDeadlineDayIsWithinItAndTheDayAfterIsNot() {
        Applications apps = apps();
        long onTime = filed(apps, "2019-09-19").id();
        long late = filed(apps, "2019-09-19").id();
        long open = filed(apps, "2019-09-19").id();
        for (long id : new long[] {onTime, late}) {
            apps.step(id, ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-09-20"), null, AUDIT);
        }
        apps.approve(onTime, OFFICER, LocalDate.parse("2019-10-10"), approval(AVAILABLE, null), AUDIT);
        Application l = apps.step(late, ApplicationStep.DENY, OFFICER, LocalDate.parse("2019-10-11"), "late", AUDIT);
        assertThat(l.decidedWithinDeadline()).isFalse();
        assertThat(apps.get(onTime, OFFICER).orElseThrow().decidedWithinDeadline()).isTrue();
        ApplicationStats s = apps.stats(LocalDate.parse("2019-10-11"));
        assertThat(s.counts()).containsEntry(ApplicationState.APPROVED, 1L).containsEntry(ApplicationState.DENIED, 1L)
                .containsEntry(ApplicationState.SUBMITTED, 1L).containsEntry(ApplicationState.WITHDRAWN, 0L);
        assertThat(s.decided()).isEqualTo(2);
        assertThat(s.medianReviewDays()).isEqualTo(15.5);
        assertThat(s.shareWithinDeadline()).isEqualTo(0.5);
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(apps.stats(LocalDate.parse("2019-10-10")).overdue()).isZero();
        assertThat(apps.queue(LocalDate.parse("2019-10-11"))).extracting(Application::id).containsExactly(open);
    }

    @Test
    void approvingARouteNoLongerAvailableNeedsAnOverrideReasonWhichIsRecorded() {
        Applications apps = apps();
        long id = apps.file(krToJp("2019-09-10", "COMPREHENSIVE"), ALICE, AUDIT).id();
        apps.step(id, ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-09-11"), null, AUDIT);
        Approval.RouteCheck gone = new Approval.RouteCheck(false, "on 2019-09-20 the options are [INDIVIDUAL]");
        refused(ApplicationRefusal.Kind.ROUTE_UNAVAILABLE, "COMPREHENSIVE is no longer available on 2019-09-20", () ->
                apps.approve(id, OFFICER, LocalDate.parse("2019-09-20"), approval(gone, " "), AUDIT));
        assertThat(apps.get(id, OFFICER).orElseThrow().state()).isEqualTo(ApplicationState.UNDER_REVIEW);
        assertThat(new Licences(db).list()).isEmpty();
        Application a = apps.approve(id, OFFICER, LocalDate.parse("2019-09-20"),
                new Approval("KR-C-1", null, null, null, null, gone, "contract signed before the split"), AUDIT);
        assertThat(a.state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(a.decisionNote()).contains("OVERRIDE", "contract signed before the split", "[INDIVIDUAL]");
        // COMPREHENSIVE is valid 3 years in the data.
        Licence l = new Licences(db).get(a.licenceId()).orElseThrow();
        assertThat(l.number()).isEqualTo("KR-C-1");
        assertThat(l.validTo()).isEqualTo(LocalDate.parse("2022-09-19"));
        assertThat(a.reviewDays()).isNull();
        assertThat(a.deadline(LocalDate.parse("2019-09-20"))).isNull();
    }

    @Test
    void stepsCannotBeDatedBeforeTheCurrentStateAndApprovalNeedsAValidity() {
        Applications apps = apps();
        long id = filed(apps, "2019-09-19").id();
        refused(ApplicationRefusal.Kind.BAD_INPUT, "in the future", () ->
                apps.step(id, ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-12-02"), null, AUDIT));
        refused(ApplicationRefusal.Kind.BAD_INPUT, "in the future", () ->
                apps.file(krToJp("2019-12-02", "INDIVIDUAL"), ALICE, AUDIT));
        refused(ApplicationRefusal.Kind.BAD_INPUT, "before 2019-09-19", () ->
                apps.step(id, ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-09-18"), null, AUDIT));
        apps.step(id, ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-09-19"), null, AUDIT);
        refused(ApplicationRefusal.Kind.BAD_INPUT, "no validity", () -> apps.approve(id, OFFICER, null,
                new Approval(null, null, null, null, null, AVAILABLE, null), AUDIT));
        refused(ApplicationRefusal.Kind.BAD_INPUT, "before the decision day", () -> apps.approve(id, OFFICER,
                LocalDate.parse("2019-10-01"), new Approval(null, LocalDate.parse("2019-09-30"), null, null, null,
                        AVAILABLE, null), AUDIT));
        assertThat(new Licences(db).list()).isEmpty();
    }

    @Test
    void queueIsSortedByDeadlineWithThoseWithoutOneLast() {
        Applications apps = apps();
        long comprehensive = apps.file(krToJp("2019-09-10", "COMPREHENSIVE"), ALICE, AUDIT).id();
        long ga2 = filed(apps, "2019-09-19").id();
        long ga = apps.file(krToJp("2019-09-16", "INDIVIDUAL"), ALICE, AUDIT).id();
        // Ga 2019-09-16 + 5 working days = 09-23; Ga-2 2019-09-19 + 15 = 10-10.
        assertThat(apps.queue(LocalDate.parse("2019-09-30"))).extracting(Application::id)
                .containsExactly(ga, ga2, comprehensive);
        Application first = apps.queue(LocalDate.parse("2019-09-30")).get(0);
        assertThat(first.overdue(LocalDate.parse("2019-09-30"))).isTrue();
    }

    @Test
    void concurrentApprovalsRegisterExactlyOneLicence() throws Exception {
        Applications apps = apps();
        long id = filed(apps, "2019-09-19").id();
        apps.step(id, ApplicationStep.START_REVIEW, OFFICER, LocalDate.parse("2019-09-20"), null, AUDIT);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    apps.approve(id, OFFICER, LocalDate.parse("2019-10-01"), approval(AVAILABLE, null), AUDIT);
                    return "approved";
                } catch (ApplicationRefusal e) {
                    return e.kind().name();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> f : results) {
            outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("approved");
        assertThat(outcomes).filteredOn(o -> !o.equals("approved")).containsOnly("ILLEGAL_TRANSITION");
        assertThat(new Licences(db).list()).hasSize(1);
        assertThat(queryLong("SELECT COUNT(*) FROM audit_record WHERE action = 'APPLICATION_APPROVED'")).isEqualTo(1);
        assertThat(new AuditTrail(db).verify().ok()).isTrue();
    }
}
