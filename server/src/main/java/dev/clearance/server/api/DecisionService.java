package dev.clearance.server.api;

import dev.clearance.application.decisions.DecisionDesk;
import dev.clearance.application.decisions.DecisionRequest;
import dev.clearance.application.screening.Party;
import dev.clearance.records.FourEyesRefusedException;
import dev.clearance.records.access.Role;
import dev.clearance.records.decisions.DecisionKind;
import dev.clearance.server.api.response.DecisionHistory;
import dev.clearance.server.api.response.IdRef;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.RequestIds;
import dev.clearance.server.http.Routing;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * The routes of officers' decisions on screening hits; {@link DecisionDesk} decides, binds, audits and moves the
 * partner master's alert.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d '{"entryId":"un:QDi.001",
 *      "decision":"FALSE_POSITIVE","reason":"different date of birth","party":{"name":"Ivan Petrov","dob":"1988"}}' \
 *      http://localhost:8080/api/decisions
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/decisions?partyKey=C-1001&entryId=un:QDi.001"
 * </pre>
 */
public final class DecisionService {
    private final DecisionDesk desk;

    /** @param desk the decisions on hits */
    public DecisionService(DecisionDesk desk) {
        this.desk = desk;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/decisions", Role.OFFICER, this::decide);
        r.get("/api/decisions", Role.VIEWER, this::history);
        r.get("/api/decisions/{id}", Role.VIEWER, this::show);
        r.post("/api/decisions/{id}/confirm", Role.OFFICER, this::confirm);
    }

    private void decide(Context ctx) {
        Input in = Json.object(ctx);
        DecisionRequest request = new DecisionRequest(kind(in), in.requiredText("reason"), in.requiredText("entryId"),
                party(in));
        Json.send(ctx, 201, desk.decide(request, Access.principal(ctx), RequestIds.current(), in.node()));
    }

    private static DecisionKind kind(Input in) {
        String text = in.requiredText("decision").toUpperCase(Locale.ROOT).replace('-', '_');
        try {
            return DecisionKind.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("decision", "expected FALSE_POSITIVE, CONFIRMED_MATCH or ESCALATED");
        }
    }

    private static Party party(Input in) {
        var node = in.node().get("party");
        if (node == null || node.isNull()) {
            throw ApiError.badRequest("party", "required: the party decided on (its partyKey, or its full record)");
        }
        return PartyBody.read(in.object("party"));
    }

    private void confirm(Context ctx) {
        long id = id(ctx);
        Input in = ctx.body().isBlank() ? new Input(Json.MAPPER.createObjectNode()) : Json.object(ctx);
        try {
            Json.send(ctx, 201, desk.confirm(id, in.text("reason"), Access.principal(ctx)));
        } catch (FourEyesRefusedException e) {
            throw ApiError.refused(e, new IdRef(id));
        }
    }

    private void show(Context ctx) {
        long id = id(ctx);
        Json.send(ctx, 200, desk.get(id).orElseThrow(() -> ApiError.notFound("no decision " + id)));
    }

    private void history(Context ctx) {
        String key = Params.text(ctx, "partyKey");
        String fingerprint = Params.text(ctx, "partyFingerprint");
        String entryId = Params.text(ctx, "entryId");
        var decisions = desk.history(key, fingerprint, entryId);
        Json.send(ctx, 200, new DecisionHistory(key, key == null ? fingerprint : null, entryId, decisions));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("no decision " + ctx.pathParam("id"));
        }
    }
}
