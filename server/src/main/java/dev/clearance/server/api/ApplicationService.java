package dev.clearance.server.api;

import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.licences.Licences;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationJson;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.determination.ExportRequest;
import dev.clearance.input.IsoCurrency;
import dev.clearance.licensing.ApplicationTerms;
import dev.clearance.licensing.RequiredDocument;
import dev.clearance.records.applications.Application;
import dev.clearance.records.applications.ApplicationEvent;
import dev.clearance.records.applications.ApplicationLine;
import dev.clearance.records.applications.ApplicationRefusal;
import dev.clearance.records.applications.ApplicationState;
import dev.clearance.records.applications.ApplicationStats;
import dev.clearance.records.applications.ApplicationStep;
import dev.clearance.records.applications.Applications;
import dev.clearance.records.applications.Approval;
import dev.clearance.records.gate.GateOverride;
import dev.clearance.records.gate.GateStep;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.applications.NewApplication;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.server.api.response.ApplicationList;
import dev.clearance.server.api.response.ApplicationStatsView;
import dev.clearance.server.api.response.ApplicationView;
import dev.clearance.server.api.response.FieldRefusal;
import dev.clearance.server.api.response.FilingInputs;
import dev.clearance.server.api.response.LicenceView;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Licence applications: a requester files one from a determination along one of its licence options; officers
 * review, ask for information (the clock stops), approve (the licence is registered) or deny; the requester may
 * withdraw. Requesters see only their own applications. Every step is audited with the application as it stands
 * after it.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d '{"from":"KR","to":"JP","item":"3C002",
 *      "route":"INDIVIDUAL","holder":"Acme Korea","endUser":"Sony","endUseDescription":"EUV R&amp;D",
 *      "lines":[{"reference":"PO-1","quantity":10,"value":5000}],"currency":"USD"}' http://localhost:8080/api/applications
 * curl -s -H "X-API-Key: $OFFICER_KEY" http://localhost:8080/api/applications/queue
 * curl -s -H "X-API-Key: $OFFICER_KEY" -X POST http://localhost:8080/api/applications/1/review
 * curl -s -H "X-API-Key: $OFFICER_KEY" -H 'Content-Type: application/json' -d '{"validTo":"2026-12-31"}' \
 *      http://localhost:8080/api/applications/1/approve
 * </pre>
 */
public final class ApplicationService {
    private static final List<String> REQUEST_FIELDS = List.of("from", "to", "item", "cas", "hs", "endUse", "endUser",
            "endUserKey", "informed");
    private static final int MAX_LINES = 500;
    private final AuditTrail audit;
    private final Database database;
    private final HitDecisions decisions;
    private final DeterminationEngine engine;
    private final Licences licences;
    private final ListCatalogue lists;
    private final Applications applications;
    private final ScreeningGate gate;

    /**
     * @param audit the audit trail
     * @param database the records database
     * @param decisions officers' decisions on hits
     * @param engine the determination engine
     * @param licences the licences held
     * @param lists the loaded lists
     * @param gate the screening gate of filing, approval, registration and drawdown
     */
    public ApplicationService(AuditTrail audit, Database database, HitDecisions decisions, DeterminationEngine engine,
            Licences licences, ListCatalogue lists, ScreeningGate gate) {
        this.audit = audit;
        this.database = database;
        this.decisions = decisions;
        this.engine = engine;
        this.licences = licences;
        this.lists = lists;
        this.gate = gate;
        this.applications = new Applications(database, audit);
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/applications", Role.REQUESTER, this::file);
        r.get("/api/applications", Role.REQUESTER, this::list);
        r.get("/api/applications/queue", Role.OFFICER, this::queue);
        r.get("/api/applications/stats", Role.OFFICER, this::stats);
        r.get("/api/applications/{id}", Role.REQUESTER, this::show);
        r.post("/api/applications/{id}/review", Role.OFFICER, ctx -> step(ctx, ApplicationStep.START_REVIEW));
        r.post("/api/applications/{id}/information-request", Role.OFFICER,
                ctx -> step(ctx, ApplicationStep.REQUEST_INFORMATION));
        r.post("/api/applications/{id}/resume", Role.REQUESTER, ctx -> step(ctx, ApplicationStep.RESUME));
        r.post("/api/applications/{id}/deny", Role.OFFICER, ctx -> step(ctx, ApplicationStep.DENY));
        r.post("/api/applications/{id}/withdraw", Role.REQUESTER, ctx -> step(ctx, ApplicationStep.WITHDRAW));
        r.post("/api/applications/{id}/approve", Role.OFFICER, this::approve);
    }

    private void file(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        LocalDate today = applications.today();
        LocalDate filedOn = in.date("filedOn") == null ? today : in.date("filedOn");
        // The export's date decides the rules; the filing day (today unless stated) starts the clock: a
        // determination of a past day files today, never with a deadline already running in the past.
        LocalDate exportDate = in.date("date") == null ? filedOn : in.date("date");
        ObjectNode request = requestNode(in.node(), exportDate);
        ExportRequest export = DeterminationService.request(new Input(request), lists.current(), decisions);
        Determination d = engine.determine(export);
        ApplicationTerms terms = ApplicationTerms.of(engine.regimes(), d, export.to(), in.text("route"))
                .filedOn(filedOn);
        List<ApplicationLine> lines = lines(in);
        String currency = in.text("currency") == null ? null : IsoCurrency.code(in.text("currency"), "currency");
        String endUse = in.text("endUseDescription") != null ? in.text("endUseDescription")
                : export.endUse().name().toLowerCase(Locale.ROOT).replace('_', '-');
        NewApplication a = new NewApplication(terms, export.item(), in.requiredText("holder"),
                in.requiredText("endUser"), endUse, in.text("consignee"), currency, lines, d.summary(),
                d.regimeVersion(), Json.write(request.put("consigneeKey", in.text("consigneeKey"))));
        ScreeningGate.Result screening = gate.check(GateStep.FILE, parties(a.endUser(), in.text("endUserKey"),
                a.consignee(), in.text("consigneeKey")));
        List<GateOverride> overrides = gate.admit(screening, ScreeningGate.overrideIds(in));
        FilingInputs inputs = new FilingInputs(in.node(), null, screening.view());
        // the determination the application rests on is recorded with it, and the application links to that record
        AuditRecord determined = AuditRecord.draft(who.name(), AuditAction.DETERMINATION, Json.write(request),
                        Json.write(DeterminationJson.toMap(d)))
                .withSubject(cut(export.from() + "->" + export.to() + " " + (export.item() == null ? "NONE"
                        : export.item()) + " (application filing)"))
                .withRegimeVersion(d.regimeVersion())
                .withListVersions(export.endUser() == null ? List.of() : screening.listVersions());
        Application stored = refusals(() -> applications.file(a, who, determined,
                audit(who, "APPLICATION_FILED", inputs)));
        gate.record(null, "application " + stored.id(), screening, overrides, null);
        ctx.header("Location", "/api/applications/" + stored.id());
        Json.send(ctx, 201, describe(stored, today));
    }

    /** The parties the gate screens for an application: its end user and, when it names one, its consignee. */
    private static List<ScreeningGate.GateParty> parties(String endUser, String endUserKey, String consignee,
                                                         String consigneeKey) {
        List<ScreeningGate.GateParty> out = new ArrayList<>();
        out.add(new ScreeningGate.GateParty("endUser", endUser, endUserKey));
        if (consignee != null) {
            out.add(new ScreeningGate.GateParty("consignee", consignee, consigneeKey));
        }
        return out;
    }

    private void list(Context ctx) {
        Principal who = Access.principal(ctx);
        String state = Params.text(ctx, "state");
        ApplicationState s = state == null ? null : state(state);
        LocalDate asOf = Params.date(ctx, "asOf", applications.today());
        Json.send(ctx, 200, new ApplicationList(null, applications.list(who, s).stream()
                .map(a -> describe(a, asOf)).toList()));
    }

    private void queue(Context ctx) {
        LocalDate asOf = Params.date(ctx, "asOf", applications.today());
        Json.send(ctx, 200, new ApplicationList(asOf, applications.queue(asOf).stream()
                .map(a -> describe(a, asOf)).toList()));
    }

    private void stats(Context ctx) {
        LocalDate asOf = Params.date(ctx, "asOf", applications.today());
        ApplicationStats s = applications.stats(asOf);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ApplicationState st : ApplicationState.values()) {
            counts.put(st.name(), s.counts().getOrDefault(st, 0L));
        }
        Json.send(ctx, 200, new ApplicationStatsView(asOf, counts, s.decided(), s.medianReviewDays(),
                s.decidedWithDeadline(), s.shareWithinDeadline(), s.overdue(), "Review days are counted in each"
                + " application's own day count (calendar or working days), less the days the clock stood still."));
    }

    private void show(Context ctx) {
        Principal who = Access.principal(ctx);
        long id = Params.id(ctx, "id");
        Application a = applications.get(id, who).orElseThrow(() -> ApiError.notFound("no application " + id));
        Json.send(ctx, 200, describe(a, Params.date(ctx, "asOf", applications.today())));
    }

    private void step(Context ctx, ApplicationStep step) {
        Principal who = Access.principal(ctx);
        long id = Params.id(ctx, "id");
        Input in = body(ctx);
        String note = step == ApplicationStep.DENY && in.text("reasons") != null ? in.text("reasons") : in.text("note");
        Application a = refusals(() -> applications.step(id, step, who, in.date("on"), note,
                audit(who, "APPLICATION_" + step.name(), in.node())));
        Json.send(ctx, 200, describe(a, applications.today()));
    }

    private void approve(Context ctx) {
        Principal who = Access.principal(ctx);
        long id = Params.id(ctx, "id");
        Input in = body(ctx);
        Application current = applications.get(id, who).orElseThrow(() -> ApiError.notFound("no application " + id));
        LocalDate day = in.date("on") == null ? applications.today() : in.date("on");
        Approval.RouteCheck check = routeCheck(current, day);
        Approval approval = new Approval(in.text("licenceNumber"), in.date("validTo"), in.decimal("quantityLimit"),
                in.decimal("valueLimit"), in.text("conditions"), check, in.text("overrideReason"));
        ScreeningGate.Result screening = gate.check(GateStep.APPROVE, parties(current.endUser(),
                ScreeningGate.field(current.request(), "endUserKey"), current.consignee(), ScreeningGate.field(current.request(), "consigneeKey")));
        List<GateOverride> overrides = current.state() == ApplicationState.UNDER_REVIEW
                ? gate.admit(screening, ScreeningGate.overrideIds(in)) : List.of();
        FilingInputs inputs = new FilingInputs(in.node(), new FilingInputs.RouteCheck(check.available(),
                check.detail()), screening.view());
        Application a = refusals(() -> applications.approve(id, who, day, approval,
                audit(who, "APPLICATION_APPROVE", inputs)));
        gate.record(null, "application " + id, screening, overrides, null);
        if (a.licenceId() != null) {
            gate.record(null, "licence " + a.licenceId(), screening, List.of(), null);
        }
        Json.send(ctx, 200, describe(a, applications.today()));
    }

    /** The route applied for, determined again as of the decision day. */
    private Approval.RouteCheck routeCheck(Application a, LocalDate day) {
        ObjectNode request = requestNode(Json.tree(a.request()), day);
        Determination d = engine.determine(DeterminationService.request(new Input(request),
                lists.current(), decisions));
        boolean available = d.licenceOptions().contains(a.route());
        return new Approval.RouteCheck(available, "on " + day + " the options are " + d.licenceOptions() + " ("
                + d.summary() + ")");
    }

    private Function<Application, AuditRecord> audit(Principal who, String action, Object inputs) {
        // Inside the step's transaction: the record describes the application without reading other tables.
        return a -> AuditRecord.draft(who.name(), action, Json.write(inputs),
                        Json.write(ApplicationView.of(a, a.stateSince())))
                .withSubject("application " + a.id())
                .withRegimeVersion(a.regimeVersion());
    }

    private static <T> T refusals(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ApplicationRefusal e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> ApiError.notFound(e.getMessage());
                case FORBIDDEN -> ApiError.forbidden(e.getMessage());
                case ILLEGAL_TRANSITION -> ApiError.conflict("illegal_transition", e.getMessage(), null);
                case ROUTE_UNAVAILABLE -> ApiError.conflict("route_unavailable", e.getMessage(),
                        new FieldRefusal(e.field()));
                case BAD_INPUT -> ApiError.badRequest(e.field(), e.getMessage());
            };
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("lines", e.getMessage());
        }
    }

    private static Input body(Context ctx) {
        return ctx.body().isBlank() ? new Input(Json.MAPPER.createObjectNode()) : Json.object(ctx);
    }

    /** The determination's fields of a body, dated. */
    private static ObjectNode requestNode(JsonNode body, LocalDate day) {
        ObjectNode r = Json.MAPPER.createObjectNode();
        for (String f : REQUEST_FIELDS) {
            if (body.has(f) && !body.get(f).isNull()) {
                r.set(f, body.get(f));
            }
        }
        r.put("date", day.toString());
        return r;
    }

    private static List<ApplicationLine> lines(Input in) {
        JsonNode v = in.node().get("lines");
        List<ApplicationLine> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            out.add(new ApplicationLine(in.text("reference"), in.decimal("quantity"), in.decimal("value")));
            return out;
        }
        if (!v.isArray()) {
            throw ApiError.badRequest("lines", "expected an array of {reference, quantity, value}");
        }
        if (v.isEmpty() || v.size() > MAX_LINES) {
            throw ApiError.badRequest("lines", "expected 1 to " + MAX_LINES + " lines, got " + v.size());
        }
        for (int i = 0; i < v.size(); i++) {
            if (!(v.get(i) instanceof ObjectNode o)) {
                throw ApiError.badRequest("lines[" + i + "]", "expected an object {reference, quantity, value}");
            }
            Input line = new Input(o);
            try {
                out.add(new ApplicationLine(line.text("reference"), line.decimal("quantity"), line.decimal("value")));
            } catch (ApiError e) {
                throw ApiError.badRequest("lines[" + i + "]." + e.field(), e.getMessage());
            }
        }
        return out;
    }

    private static ApplicationState state(String s) {
        try {
            return ApplicationState.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("state", "expected one of " + List.of(ApplicationState.values()) + ": '"
                    + cut(s) + "'");
        }
    }

    private static String cut(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /** The application as the API shows it, with its clock as of {@code asOf} and its licence. */
    ApplicationView describe(Application a, LocalDate asOf) {
        LicenceView licence = a.licenceId() == null ? null
                : licences.get(a.licenceId()).map(LicenceService::describe).orElse(null);
        // what the application rests on: the end user's and consignee's screening at filing and approval
        return ApplicationView.of(a, asOf).with(new ApplicationView.Grounds(licence,
                gate.screenings("application " + a.id())));
    }
}
