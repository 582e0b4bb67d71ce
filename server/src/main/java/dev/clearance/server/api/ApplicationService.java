package dev.clearance.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clearance.application.applications.ApplicationList;
import dev.clearance.application.applications.ApplicationView;
import dev.clearance.application.applications.ApplicationWorkflow;
import dev.clearance.application.applications.ApprovalRequest;
import dev.clearance.application.applications.DeterminationFields;
import dev.clearance.application.applications.ExportRequestReader;
import dev.clearance.application.applications.Filing;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.input.IsoCurrency;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.records.applications.Application;
import dev.clearance.records.applications.ApplicationLine;
import dev.clearance.records.applications.ApplicationState;
import dev.clearance.records.applications.ApplicationStep;
import dev.clearance.records.decisions.HitDecisions;
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
import java.util.List;
import java.util.Locale;

/**
 * Licence applications: a requester files one from a determination along one of its licence options; officers
 * review, ask for information (the clock stops), approve (the licence is registered) or deny; the requester may
 * withdraw. Requesters see only their own applications. Every step is audited with the application as it stands
 * after it. The routes read the request and answer; the workflow is {@link ApplicationWorkflow}'s, and its
 * refusals are answered by {@link dev.clearance.server.http.Errors}.
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
    private static final int MAX_LINES = 500;
    private final ApplicationWorkflow workflow;
    private final ListCatalogue lists;
    private final HitDecisions decisions;

    /**
     * @param workflow  the applications workflow
     * @param lists     the loaded lists (the filing's end user is screened against them)
     * @param decisions officers' decisions on hits (a confirmed match lists the end user)
     */
    public ApplicationService(ApplicationWorkflow workflow, ListCatalogue lists, HitDecisions decisions) {
        this.workflow = workflow;
        this.lists = lists;
        this.decisions = decisions;
    }

    /**
     * @return the parser of an application's determination fields the workflow re-determines with: the API's own,
     *     so a stored application reads as it was filed
     */
    public static ExportRequestReader requests(ListCatalogue lists, HitDecisions decisions) {
        return request -> DeterminationService.request(new Input((ObjectNode) request), lists.current(), decisions);
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
        LocalDate today = workflow.today();
        LocalDate filedOn = in.date("filedOn") == null ? today : in.date("filedOn");
        // The export's date decides the rules; the filing day (today unless stated) starts the clock: a
        // determination of a past day files today, never with a deadline already running in the past.
        LocalDate exportDate = in.date("date") == null ? filedOn : in.date("date");
        DeterminationFields request = DeterminationFields.of(in.node(), exportDate);
        Filing filing = new Filing(in.node(), request, DeterminationService.request(new Input(request.json()),
                lists.current(), decisions), in.text("route"), filedOn, in.requiredText("holder"),
                in.requiredText("endUser"), in.text("endUserKey"), in.text("consignee"), in.text("consigneeKey"),
                in.text("endUseDescription"), in.text("currency") == null ? null
                        : IsoCurrency.code(in.text("currency"), "currency"), lines(in), in.ids("screeningOverrides"));
        Application stored = workflow.file(filing, who);
        ctx.header("Location", "/api/applications/" + stored.id());
        Json.send(ctx, 201, workflow.describe(stored, today));
    }

    private void list(Context ctx) {
        Principal who = Access.principal(ctx);
        String state = Params.text(ctx, "state");
        ApplicationState s = state == null ? null : state(state);
        LocalDate asOf = Params.date(ctx, "asOf", workflow.today());
        Json.send(ctx, 200, new ApplicationList(null, workflow.list(who, s).stream()
                .map(a -> workflow.describe(a, asOf)).toList()));
    }

    private void queue(Context ctx) {
        LocalDate asOf = Params.date(ctx, "asOf", workflow.today());
        Json.send(ctx, 200, new ApplicationList(asOf, workflow.queue(asOf).stream()
                .map(a -> workflow.describe(a, asOf)).toList()));
    }

    private void stats(Context ctx) {
        Json.send(ctx, 200, workflow.stats(Params.date(ctx, "asOf", workflow.today())));
    }

    private void show(Context ctx) {
        Principal who = Access.principal(ctx);
        long id = Params.id(ctx, "id");
        Application a = workflow.get(id, who).orElseThrow(() -> ApiError.notFound("no application " + id));
        Json.send(ctx, 200, workflow.describe(a, Params.date(ctx, "asOf", workflow.today())));
    }

    private void step(Context ctx, ApplicationStep step) {
        Principal who = Access.principal(ctx);
        long id = Params.id(ctx, "id");
        Input in = body(ctx);
        String note = step == ApplicationStep.DENY && in.text("reasons") != null ? in.text("reasons") : in.text("note");
        Application a = workflow.step(id, step, who, in.date("on"), note, in.node());
        Json.send(ctx, 200, workflow.describe(a, workflow.today()));
    }

    private void approve(Context ctx) {
        Principal who = Access.principal(ctx);
        long id = Params.id(ctx, "id");
        Input in = body(ctx);
        Application a = workflow.approve(id, who, new ApprovalRequest(in.node(), in.date("on"),
                in.text("licenceNumber"), in.date("validTo"), in.decimal("quantityLimit"), in.decimal("valueLimit"),
                in.text("conditions"), in.text("overrideReason"), in.ids("screeningOverrides")));
        Json.send(ctx, 200, workflow.describe(a, workflow.today()));
    }

    private static Input body(Context ctx) {
        return ctx.body().isBlank() ? new Input(Json.MAPPER.createObjectNode()) : Json.object(ctx);
    }

    private static List<ApplicationLine> lines(Input in) {
        JsonNode v = in.node().get("lines");
        List<ApplicationLine> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            out.add(line(in.text("reference"), in.decimal("quantity"), in.decimal("value"), "lines"));
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
                line.text("reference");
                line.decimal("quantity");
                line.decimal("value");
            } catch (ApiError e) {
                throw ApiError.badRequest("lines[" + i + "]." + e.field(), e.getMessage());
            }
            out.add(line(line.text("reference"), line.decimal("quantity"), line.decimal("value"), "lines[" + i + "]"));
        }
        return out;
    }

    /** A line's own check (no negative quantity or value) refuses naming the line. */
    private static ApplicationLine line(String reference, BigDecimal quantity, BigDecimal value, String field) {
        try {
            return new ApplicationLine(reference, quantity, value);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(field, e.getMessage());
        }
    }

    private static ApplicationState state(String s) {
        try {
            return ApplicationState.valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("state", "expected one of " + List.of(ApplicationState.values()) + ": '"
                    + ApplicationWorkflow.cut(s) + "'");
        }
    }

    /** The application as the API shows it, with its clock as of {@code asOf} and its licence. */
    ApplicationView describe(Application a, LocalDate asOf) {
        return workflow.describe(a, asOf);
    }
}
