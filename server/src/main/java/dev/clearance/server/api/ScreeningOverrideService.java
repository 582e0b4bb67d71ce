package dev.clearance.server.api;

import dev.clearance.application.applications.GateOverrideDesk;
import dev.clearance.application.applications.ScreeningGate;
import dev.clearance.records.gate.GateOverride;
import dev.clearance.records.FourEyesRefusedException;
import dev.clearance.records.gate.GateStep;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.server.api.response.IdRef;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Four-eyes overrides of the screening gate ({@link ScreeningGate}): an officer requests one for a blocked party
 * and one step with a reason, naming the blocks standing now; a second, different officer confirms it; the step
 * names it in {@code screeningOverrides} and uses it once. Request and confirmation are audited.
 *
 * <pre>
 * curl -s -H "X-API-Key: $OFFICER_KEY" -H 'Content-Type: application/json' -d '{"step":"APPROVE",
 *      "name":"Sony Semiconductor","partyKey":"C-1001","reason":"licence applied for the listed end user"}' \
 *      http://localhost:8080/api/screening-overrides
 * curl -s -H "X-API-Key: $SECOND_OFFICER_KEY" -X POST http://localhost:8080/api/screening-overrides/1/confirm
 * </pre>
 */
public final class ScreeningOverrideService {
    private final GateOverrideDesk desk;

    /** @param desk the gate's four-eyes overrides */
    public ScreeningOverrideService(GateOverrideDesk desk) {
        this.desk = desk;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/screening-overrides", Role.OFFICER, this::request);
        r.get("/api/screening-overrides/{id}", Role.VIEWER, this::show);
        r.post("/api/screening-overrides/{id}/confirm", Role.OFFICER, this::confirm);
    }

    private void request(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        GateStep step = step(in.requiredText("step"));
        GateOverride o = desk.request(step, in.requiredText("name"), in.text("partyKey"), in.requiredText("reason"),
                who, in.node());
        ctx.header("Location", "/api/screening-overrides/" + o.id());
        Json.send(ctx, 201, ScreeningGate.describe(o));
    }

    private void confirm(Context ctx) {
        Principal who = Access.principal(ctx);
        long id = Params.id(ctx, "id");
        Input in = ctx.body().isBlank() ? new Input(Json.MAPPER.createObjectNode()) : Json.object(ctx);
        GateOverride o;
        try {
            o = desk.confirm(id, who, in.text("reason"), in.node());
        } catch (FourEyesRefusedException e) {
            throw ApiError.refused(e, new IdRef(id));
        }
        Json.send(ctx, 200, ScreeningGate.describe(o));
    }

    private void show(Context ctx) {
        long id = Params.id(ctx, "id");
        GateOverride o = desk.get(id).orElseThrow(() -> ApiError.notFound("no override " + id));
        Json.send(ctx, 200, ScreeningGate.describe(o));
    }

    private static GateStep step(String text) {
        try {
            return GateStep.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("step", "expected FILE, APPROVE, REGISTER or DRAWDOWN");
        }
    }
}
