package dev.clearance.server.api;

import dev.clearance.lists.ListEntry;
import dev.clearance.records.AuditAction;
import dev.clearance.records.AuditRecord;
import dev.clearance.records.HitReview;
import dev.clearance.records.PartyAlert;
import dev.clearance.records.Principal;
import dev.clearance.records.Role;
import dev.clearance.server.Services;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.server.lists.LoadedLists;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An officer's decision on a screening hit. {@code FALSE_POSITIVE} is stored as a review bound to the party's and
 * the list entry's data as they are now, so the hit shows as reviewed until either changes; {@code CONFIRMED_MATCH}
 * and {@code ESCALATED} are recorded in the audit trail.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d '{"entryId":"un:QDi.001",
 *      "decision":"FALSE_POSITIVE","reason":"different date of birth","party":{"name":"Ivan Petrov","dob":"1988"}}' \
 *      http://localhost:8080/api/decisions
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/decisions?partyKey=C-1001"
 * </pre>
 */
public final class DecisionService {
    private static final Set<String> DECISIONS = Set.of("FALSE_POSITIVE", "CONFIRMED_MATCH", "ESCALATED");
    private final Services services;

    /** @param services the engines and records */
    public DecisionService(Services services) {
        this.services = services;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/decisions", Role.OFFICER, this::decide);
        r.get("/api/decisions", Role.VIEWER, this::history);
    }

    private void decide(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        String decision = in.requiredText("decision").toUpperCase(Locale.ROOT).replace('-', '_');
        if (!DECISIONS.contains(decision)) {
            throw ApiError.badRequest("decision", "expected FALSE_POSITIVE, CONFIRMED_MATCH or ESCALATED");
        }
        String reason = in.requiredText("reason");
        String entryId = in.requiredText("entryId");
        Party party = Party.from(in.object("party"));
        LoadedLists lists = services.lists().current();
        ListEntry entry = lists.entry(entryId)
                .orElseThrow(() -> ApiError.notFound("no list entry " + entryId + " in the loaded lists"));
        String entryFingerprint = LoadedLists.fingerprint(entry);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decision", decision);
        out.put("entryId", entryId);
        out.put("party", party.describe());
        out.put("entryFingerprint", entryFingerprint);
        AuditAction action = AuditAction.DECISION;
        if (decision.equals("FALSE_POSITIVE")) {
            // Ad-hoc parties have no key of their own: their data fingerprint stands in for it.
            String key = party.key() != null ? party.key() : "adhoc:" + party.fingerprint();
            HitReview review = services.reviews().markFalsePositive(key, party.fingerprint(), entryId,
                    entryFingerprint, reason, who.name());
            out.put("review", describe(review));
            action = AuditAction.HIT_REVIEWED;
        }
        if (party.key() != null) {
            // The partner master's alert on the same (party key, entry id) follows the decision.
            services.alerts().decide(party.key(), entryId, decision.equals("FALSE_POSITIVE") ? PartyAlert.State.REVIEWED
                    : decision.equals("CONFIRMED_MATCH") ? PartyAlert.State.CONFIRMED : PartyAlert.State.OPEN, reason)
                    .ifPresent(a -> out.put("alertId", a.id()));
        }
        out.put("reason", reason);
        out.put("officer", who.name());
        AuditRecord rec = services.recorder().record(who.name(), action,
                party.key() != null ? party.key() : party.name(), in.node(), out, null, lists.labels());
        out.put("auditSeq", rec.seq());
        Json.send(ctx, 201, out);
    }

    private void history(Context ctx) {
        String key = Params.text(ctx, "partyKey");
        if (key == null) {
            throw ApiError.badRequest("partyKey", "required");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        services.reviews().history(key).forEach(r -> out.add(describe(r)));
        Json.send(ctx, 200, Map.of("partyKey", key, "reviews", out));
    }

    private static Map<String, Object> describe(HitReview r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("partyKey", r.partyKey());
        m.put("entryId", r.entryId());
        m.put("reason", r.reason());
        m.put("officer", r.officer());
        m.put("reviewedAt", r.reviewedAt().toString());
        return m;
    }
}
