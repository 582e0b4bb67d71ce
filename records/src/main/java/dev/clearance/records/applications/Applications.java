package dev.clearance.records.applications;

import dev.clearance.records.Database;
import dev.clearance.records.Names;
import dev.clearance.records.Sql;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.licences.DeterminationLink;
import dev.clearance.records.licences.Licences;
import dev.clearance.records.licences.NewLicence;

import dev.clearance.licensing.ApplicationTerms;
import dev.clearance.licensing.DayCount;
import dev.clearance.licensing.RequiredDocument;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Licence applications: filed by a requester, reviewed, decided by an officer or withdrawn by the requester. Every
 * step locks the application's row, checks who may take it and from which state, and appends its audit record in
 * the same transaction, so a step and its record commit together or not at all. Approval registers the licence in
 * that transaction too.
 *
 * <p>Requesters see only the applications they filed; officers and admins see all.
 */
public final class Applications {
    /** Largest number of applications one listing returns. */
    public static final int MAX_LIST = 1000;
    private static final String COLUMNS = "id, jurisdiction, route, destination, entry_code, holder, end_user, end_use,"
            + " consignee, currency, requester, filed_on, filed_at, determination, regime_version, export_request,"
            + " filing_office,"
            + " review_days, day_count, clock_note, validity_years, route_conditions, state, state_since, paused_days,"
            + " paused_since, decided_on, decided_by, decision_note, licence_id, determination_audit_seq";

    private final Jdbi jdbi;
    private final AuditTrail audit;
    private final Clock clock;

    /**
     * @param database the records database
     * @param audit    the trail every step is recorded in
     * @param clock    source of "today" and of recording times
     */
    public Applications(Database database, AuditTrail audit, Clock clock) {
        this.jdbi = database.jdbi();
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param database the records database
     * @param audit    the trail every step is recorded in
     */
    public Applications(Database database, AuditTrail audit) {
        this(database, audit, Clock.systemUTC());
    }

    /** @return today, in UTC */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Files an application in state SUBMITTED.
     *
     * @param a         the application
     * @param requester who files it
     * @param record    builds the audit record of the stored application
     * @return the stored application
     */
    public Application file(NewApplication a, Principal requester, Function<Application, AuditRecord> record) {
        return file(a, requester, null, record);
    }

    /**
     * Files an application with the audit record of the determination it rests on, appended in the same transaction
     * and linked from the application ({@link Application#determinationAuditSeq()}).
     *
     * @param determination the determination's audit record (a draft), or null for none
     * @see #file(NewApplication, Principal, Function)
     */
    public Application file(NewApplication a, Principal requester, AuditRecord determination,
                            Function<Application, AuditRecord> record) {
        Objects.requireNonNull(requester, "requester");
        if (!requester.role().allows(Role.REQUESTER)) {
            throw new ApplicationRefusal(ApplicationRefusal.Kind.FORBIDDEN, null, "a viewer may not file applications");
        }
        ApplicationTerms t = a.terms();
        if (t.day().isAfter(today())) {
            throw new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "filedOn", t.day() + " is in the future");
        }
        Instant now = now();
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            Long determinationSeq = determination == null ? null : audit.append(h, determination).seq();
            long id = h.createUpdate("INSERT INTO licence_application (jurisdiction, route, destination, entry_code,"
                            + " holder, end_user, end_use, consignee, currency, requester, filed_on, filed_at,"
                            + " determination, regime_version, export_request, filing_office, review_days, day_count,"
                            + " clock_note,"
                            + " validity_years, route_conditions, state, state_since, determination_audit_seq)"
                            + " VALUES (:j, :route, :dest,"
                            + " :entry, :holder, :endUser, :endUse, :consignee, :currency, :requester, :filedOn,"
                            + " :filedAt, :det, :rv, :request, :office, :days, :count, :note, :validity, :conditions,"
                            + " 'SUBMITTED', :filedOn, :detSeq)")
                    .bind("detSeq", determinationSeq)
                    .bind("j", t.jurisdiction())
                    .bind("route", t.route())
                    .bind("dest", Names.country(t.destination()))
                    .bind("entry", a.entryCode() == null ? null : Names.entryCode(a.entryCode()))
                    .bind("holder", cut(a.holder(), 300))
                    .bind("endUser", cut(a.endUser(), 300))
                    .bind("endUse", cut(a.endUse(), 2000))
                    .bind("consignee", cut(a.consignee(), 300))
                    .bind("currency", a.currency() == null ? null : a.currency().toUpperCase(Locale.ROOT))
                    .bind("requester", requester.name())
                    .bind("filedOn", Sql.date(t.day()))
                    .bind("filedAt", Sql.ts(now))
                    .bind("det", cut(a.determination(), 2000))
                    .bind("rv", a.regimeVersion())
                    .bind("request", cut(a.request(), 4000))
                    .bind("office", cut(t.filingOffice(), 300))
                    .bind("days", t.clock().days())
                    .bind("count", t.clock().count().name())
                    .bind("note", cut(clockNote(t), 2000))
                    .bind("validity", t.validityYears())
                    .bind("conditions", cut(t.conditions(), 2000))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int i = 0;
            for (ApplicationLine l : a.lines()) {
                h.createUpdate("INSERT INTO licence_application_line (application_id, position, reference, quantity,"
                                + " line_value) VALUES (:id, :pos, :ref, :q, :v)")
                        .bind("id", id).bind("pos", i++).bind("ref", cut(l.reference(), 200))
                        .bind("q", l.quantity()).bind("v", l.value()).execute();
            }
            i = 0;
            for (RequiredDocument d : t.documents()) {
                h.createUpdate("INSERT INTO licence_application_document (application_id, position, name, status,"
                                + " source) VALUES (:id, :pos, :name, :status, :source)")
                        .bind("id", id).bind("pos", i++).bind("name", cut(d.name(), 500))
                        .bind("status", d.status()).bind("source", cut(d.source(), 1000)).execute();
            }
            event(h, id, now, t.day(), requester.name(), null, ApplicationState.SUBMITTED,
                    "filed along " + t.route() + "; review " + t.clock().describe());
            Application stored = load(h, id, false).orElseThrow();
            audit.append(h, record.apply(stored));
            return stored;
        });
    }

    /**
     * Takes a step other than approval.
     *
     * @param on     the day it takes effect, or null for today; not before the application entered its state
     * @param note   what information is asked for, the reasons for a denial, or a remark; may be null where not required
     * @param record builds the audit record of the application after the step
     * @throws ApplicationRefusal when the caller may not take the step, or it does not lead out of the current state
     */
    public Application step(long id, ApplicationStep step, Principal actor, LocalDate on, String note,
                            Function<Application, AuditRecord> record) {
        if (step == ApplicationStep.APPROVE) {
            throw new IllegalArgumentException("approve with approve(...)");
        }
        return inStep(id, step, actor, on, note, (h, a, day) -> {
            update(h, a, step, actor, day, note, null);
            return null;
        }, record);
    }

    /**
     * Approves an application under review and registers its licence: valid from the decision day to
     * {@link Approval#validTo()} (or the route's validity in the data), for the application's entry, destination and
     * consignee, with the application's totals unless the officer sets lower limits.
     *
     * @throws ApplicationRefusal ROUTE_UNAVAILABLE when the route is no longer available on the decision day and no
     *     override reason is given; BAD_INPUT when no validity can be set
     */
    public Application approve(long id, Principal actor, LocalDate on, Approval approval,
                               Function<Application, AuditRecord> record) {
        Objects.requireNonNull(approval, "approval");
        return inStep(id, ApplicationStep.APPROVE, actor, on, null, (h, a, day) -> {
            String override = blank(approval.overrideReason()) ? null : approval.overrideReason().trim();
            if (!approval.route().available() && override == null) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.ROUTE_UNAVAILABLE, "overrideReason",
                        a.route() + " is no longer available on " + day + ": " + approval.route().detail()
                                + ". Approve with an override reason to register the licence all the same.");
            }
            LocalDate validTo = approval.validTo();
            if (validTo == null && a.validityYears() != null) {
                validTo = day.plusYears(a.validityYears()).minusDays(1);
            }
            if (validTo == null) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "validTo", "required: the data gives"
                        + " no validity for " + a.route() + " licences of " + a.jurisdiction());
            }
            if (validTo.isBefore(day)) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "validTo",
                        "before the decision day " + day);
            }
            String number = blank(approval.licenceNumber()) ? a.jurisdiction() + "-" + a.route() + "-" + a.id()
                    : approval.licenceNumber().trim();
            String consignee = a.consignee() == null ? a.endUser() : a.consignee();
            NewLicence licence = new NewLicence(a.jurisdiction(), a.route(), number, a.holder(),
                    Set.of(a.entryCode() == null ? "UNLISTED" : a.entryCode()), Set.of(a.destination()),
                    Set.of(consignee), limit(approval.quantityLimit(), a.totalQuantity()),
                    limit(approval.valueLimit(), a.totalValue()), a.currency(), day, validTo);
            long licenceId;
            try {
                // the licence rests on the determination the application was filed on
                licenceId = Licences.insert(h, licence, DeterminationLink.fromApplication(a.determinationAuditSeq()),
                        actor.name(), now());
            } catch (RuntimeException e) {
                if (Sql.isUniqueViolation(e)) {
                    throw new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "licenceNumber", "licence "
                            + a.jurisdiction() + " " + number + " is already registered");
                }
                throw e;
            }
            StringBuilder note = new StringBuilder("licence " + number + " valid " + day + " to " + validTo);
            if (!blank(approval.conditions())) {
                note.append("; conditions: ").append(approval.conditions().trim());
            }
            if (!blank(a.routeConditions())) {
                note.append("; route conditions: ").append(a.routeConditions());
            }
            if (override != null) {
                note.append("; OVERRIDE: ").append(a.route()).append(" not available on ").append(day).append(" (")
                        .append(approval.route().detail()).append("); reason: ").append(override);
            }
            update(h, a, ApplicationStep.APPROVE, actor, day, note.toString(), licenceId);
            return null;
        }, record);
    }

    private interface StepBody {
        Void apply(Handle h, Application current, LocalDate day);
    }

    private Application inStep(long id, ApplicationStep step, Principal actor, LocalDate on, String note,
                               StepBody body, Function<Application, AuditRecord> record) {
        Objects.requireNonNull(actor, "actor");
        return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, h -> {
            Application a = load(h, id, true).filter(x -> visible(x, actor)).orElseThrow(() ->
                    new ApplicationRefusal(ApplicationRefusal.Kind.NOT_FOUND, null, "no application " + id));
            boolean officer = actor.role().allows(Role.OFFICER);
            String verb = step.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            if (step.officerOnly() && !officer) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.FORBIDDEN, null,
                        "only an officer may " + verb + " an application");
            }
            if (step == ApplicationStep.WITHDRAW && !actor.name().equals(a.requester())) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.FORBIDDEN, null,
                        "only the requester who filed it (" + a.requester() + ") may withdraw an application");
            }
            if (!step.from().contains(a.state())) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.ILLEGAL_TRANSITION, null, "cannot " + verb
                        + " application " + id + ": it is " + a.state() + (a.state().decided() ? " (decided)"
                        : "; " + verb + " is possible from " + step.from()));
            }
            if (step.noteRequired() && blank(note)) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "note", "required: "
                        + (step == ApplicationStep.DENY ? "the reasons for the denial" : "the information needed"));
            }
            LocalDate day = on == null ? today() : on;
            if (day.isAfter(today())) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "on", day + " is in the future");
            }
            if (day.isBefore(a.stateSince())) {
                throw new ApplicationRefusal(ApplicationRefusal.Kind.BAD_INPUT, "on", day + " is before "
                        + a.stateSince() + ", when application " + id + " became " + a.state());
            }
            body.apply(h, a, day);
            Application after = load(h, id, false).orElseThrow();
            audit.append(h, record.apply(after));
            return after;
        });
    }

    private void update(Handle h, Application a, ApplicationStep step, Principal actor, LocalDate day, String note,
                        Long licenceId) {
        int paused = a.pausedDays();
        LocalDate pausedSince = a.pausedSince();
        if (pausedSince != null && step != ApplicationStep.REQUEST_INFORMATION) {
            paused += (int) a.dayCount().between(pausedSince, day);
            pausedSince = null;
        }
        if (step == ApplicationStep.REQUEST_INFORMATION) {
            pausedSince = day;
        }
        boolean decided = step.to().decided();
        h.createUpdate("UPDATE licence_application SET state = :state, state_since = :day, paused_days = :paused,"
                        + " paused_since = :since, decided_on = :decidedOn, decided_by = :decidedBy,"
                        + " decision_note = :decisionNote, licence_id = :licence WHERE id = :id")
                .bind("state", step.to().name())
                .bind("day", Sql.date(day))
                .bind("paused", paused)
                .bind("since", Sql.date(pausedSince))
                .bind("decidedOn", Sql.date(decided ? day : null))
                .bind("decidedBy", decided ? actor.name() : null)
                .bind("decisionNote", decided ? cut(note, 4000) : null)
                .bind("licence", licenceId)
                .bind("id", a.id())
                .execute();
        event(h, a.id(), now(), day, actor.name(), a.state(), step.to(), note);
    }

    /** @return the application, when the viewer may see it */
    public Optional<Application> get(long id, Principal viewer) {
        return jdbi.withHandle(h -> load(h, id, false)).filter(a -> visible(a, viewer));
    }

    /**
     * The application whose approval registered a licence: its end user stands behind every drawdown.
     *
     * @return the application, or empty for a licence registered directly
     */
    public Optional<Application> forLicence(long licenceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM licence_application WHERE licence_id = :l")
                .bind("l", licenceId).mapTo(Long.class).findFirst().flatMap(id -> load(h, id, false)));
    }

    /**
     * Applications the viewer may see, newest first, at most {@link #MAX_LIST}.
     *
     * @param state only this state, or null for all
     */
    public List<Application> list(Principal viewer, ApplicationState state) {
        boolean all = viewer.role().allows(Role.OFFICER);
        String where = (all ? "WHERE 1 = 1" : "WHERE requester = :requester")
                + (state == null ? "" : " AND state = :state");
        return jdbi.withHandle(h -> {
            var q = h.createQuery("SELECT id FROM licence_application " + where + " ORDER BY id DESC LIMIT "
                    + MAX_LIST);
            if (!all) {
                q.bind("requester", viewer.name());
            }
            if (state != null) {
                q.bind("state", state.name());
            }
            List<Long> ids = q.mapTo(Long.class).list();
            List<Application> out = new ArrayList<>();
            for (long id : ids) {
                load(h, id, false).ifPresent(out::add);
            }
            return out;
        });
    }

    /**
     * The officers' queue: open applications by deadline as of {@code asOf} (those without one last), then by filing.
     */
    public List<Application> queue(LocalDate asOf) {
        List<Application> open = jdbi.withHandle(h -> {
            List<Long> ids = h.createQuery("SELECT id FROM licence_application WHERE state IN ('SUBMITTED',"
                    + " 'UNDER_REVIEW', 'INFORMATION_REQUESTED') ORDER BY id LIMIT " + MAX_LIST)
                    .mapTo(Long.class).list();
            List<Application> out = new ArrayList<>();
            for (long id : ids) {
                load(h, id, false).ifPresent(out::add);
            }
            return out;
        });
        open.sort(Comparator.comparing((Application a) -> a.deadline(asOf),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Application::filedOn)
                .thenComparingLong(Application::id));
        return open;
    }

    /** Counts by state, median review time and the share decided within the deadline, as of a day. */
    public ApplicationStats stats(LocalDate asOf) {
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        for (ApplicationState s : ApplicationState.values()) {
            counts.put(s, 0L);
        }
        List<Long> reviewTimes = new ArrayList<>();
        long[] deadline = new long[3];
        jdbi.useHandle(h -> {
            h.createQuery("SELECT state, COUNT(*) AS n FROM licence_application GROUP BY state")
                    .map((rs, ctx) -> Map.entry(ApplicationState.valueOf(rs.getString("state")), rs.getLong("n")))
                    .forEach(e -> counts.put(e.getKey(), e.getValue()));
            h.createQuery("SELECT " + COLUMNS + " FROM licence_application WHERE state IN ('APPROVED', 'DENIED',"
                            + " 'SUBMITTED', 'UNDER_REVIEW', 'INFORMATION_REQUESTED')")
                    .map((rs, ctx) -> row(rs, List.of(), List.of(), List.of()))
                    .forEach(a -> {
                        if (a.state() == ApplicationState.APPROVED || a.state() == ApplicationState.DENIED) {
                            reviewTimes.add(a.reviewTime());
                            Boolean within = a.decidedWithinDeadline();
                            if (within != null) {
                                deadline[0]++;
                                deadline[1] += within ? 1 : 0;
                            }
                        } else if (a.overdue(asOf)) {
                            deadline[2]++;
                        }
                    });
        });
        reviewTimes.sort(null);
        Double median = null;
        int n = reviewTimes.size();
        if (n > 0) {
            median = n % 2 == 1 ? reviewTimes.get(n / 2) : (reviewTimes.get(n / 2 - 1) + reviewTimes.get(n / 2)) / 2.0;
        }
        return new ApplicationStats(counts, n, median, deadline[0],
                deadline[0] == 0 ? null : deadline[1] / (double) deadline[0], deadline[2]);
    }

    private static boolean visible(Application a, Principal viewer) {
        return viewer.role().allows(Role.OFFICER) || a.requester().equals(viewer.name());
    }

    private Optional<Application> load(Handle h, long id, boolean lock) {
        Optional<Application> bare = h.createQuery("SELECT " + COLUMNS + " FROM licence_application WHERE id = :id"
                        + (lock ? " FOR UPDATE" : ""))
                .bind("id", id)
                .map((rs, ctx) -> row(rs, List.of(), List.of(), List.of()))
                .findOne();
        if (bare.isEmpty()) {
            return bare;
        }
        List<ApplicationLine> lines = h.createQuery("SELECT reference, quantity, line_value FROM"
                        + " licence_application_line WHERE application_id = :id ORDER BY position")
                .bind("id", id)
                .map((rs, ctx) -> new ApplicationLine(rs.getString("reference"), rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("line_value")))
                .list();
        List<RequiredDocument> docs = h.createQuery("SELECT name, status, source FROM licence_application_document"
                        + " WHERE application_id = :id ORDER BY position")
                .bind("id", id)
                .map((rs, ctx) -> new RequiredDocument(rs.getString("name"), rs.getString("status"),
                        rs.getString("source")))
                .list();
        List<ApplicationEvent> events = h.createQuery("SELECT recorded_at, on_day, actor, from_state, to_state, note"
                        + " FROM licence_application_event WHERE application_id = :id ORDER BY id")
                .bind("id", id)
                .map((rs, ctx) -> new ApplicationEvent(Sql.instant(rs, "recorded_at"), Sql.localDate(rs, "on_day"),
                        rs.getString("actor"), state(rs.getString("from_state")),
                        ApplicationState.valueOf(rs.getString("to_state")), rs.getString("note")))
                .list();
        Application a = bare.get();
        return Optional.of(new Application(a.id(), a.jurisdiction(), a.route(), a.destination(), a.entryCode(),
                a.holder(), a.endUser(), a.endUse(), a.consignee(), a.currency(), a.requester(), a.filedOn(),
                a.filedAt(), a.determination(), a.regimeVersion(), a.request(), a.filingOffice(), a.reviewDays(), a.dayCount(),
                a.clockNote(), a.validityYears(), a.routeConditions(), a.state(), a.stateSince(), a.pausedDays(),
                a.pausedSince(), a.decidedOn(), a.decidedBy(), a.decisionNote(), a.licenceId(), lines, docs, events,
                a.determinationAuditSeq()));
    }

    private static Application row(ResultSet rs, List<ApplicationLine> lines, List<RequiredDocument> docs,
                                   List<ApplicationEvent> events) throws SQLException {
        Integer days = (Integer) rs.getObject("review_days", Integer.class);
        Integer validity = (Integer) rs.getObject("validity_years", Integer.class);
        return new Application(rs.getLong("id"), rs.getString("jurisdiction"), rs.getString("route"),
                rs.getString("destination"), rs.getString("entry_code"), rs.getString("holder"),
                rs.getString("end_user"), rs.getString("end_use"), rs.getString("consignee"),
                rs.getString("currency"), rs.getString("requester"), Sql.localDate(rs, "filed_on"),
                Sql.instant(rs, "filed_at"), rs.getString("determination"), rs.getString("regime_version"),
                rs.getString("export_request"), rs.getString("filing_office"), days,
                DayCount.valueOf(rs.getString("day_count")),
                rs.getString("clock_note"), validity, rs.getString("route_conditions"),
                ApplicationState.valueOf(rs.getString("state")), Sql.localDate(rs, "state_since"),
                rs.getInt("paused_days"), Sql.localDate(rs, "paused_since"), Sql.localDate(rs, "decided_on"),
                rs.getString("decided_by"), rs.getString("decision_note"), Sql.nullableLong(rs, "licence_id"),
                lines, docs, events, Sql.nullableLong(rs, "determination_audit_seq"));
    }

    private static ApplicationState state(String s) {
        return s == null ? null : ApplicationState.valueOf(s);
    }

    private static void event(Handle h, long id, Instant at, LocalDate on, String actor, ApplicationState from,
                              ApplicationState to, String note) {
        h.createUpdate("INSERT INTO licence_application_event (application_id, recorded_at, on_day, actor,"
                        + " from_state, to_state, note) VALUES (:id, :at, :on, :actor, :from, :to, :note)")
                .bind("id", id).bind("at", Sql.ts(at)).bind("on", Sql.date(on)).bind("actor", actor)
                .bind("from", from == null ? null : from.name()).bind("to", to.name()).bind("note", cut(note, 4000))
                .execute();
    }

    private static String clockNote(ApplicationTerms t) {
        return t.clock().describe() + ". Days: " + (t.clock().days() == null ? "none in the sources"
                : t.clock().daysStatus() + " [" + t.clock().daysSource() + "]") + ". Count: " + t.clock().count()
                + " " + t.clock().countStatus() + " [" + t.clock().countSource() + "]";
    }

    private static BigDecimal limit(BigDecimal officer, BigDecimal total) {
        return officer != null ? officer : total;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
