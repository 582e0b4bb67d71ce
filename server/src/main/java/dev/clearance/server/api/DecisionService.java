package dev.clearance.server.api;

import dev.clearance.application.audit.Recorder;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyAlerts;
import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.lists.ListEntry;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.DecisionKind;
import dev.clearance.records.FourEyesRefusedException;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.parties.PartyAlert;
import dev.clearance.records.access.Principal;
import dev.clearance.records.access.Role;
import dev.clearance.server.api.response.DecisionAnswer;
import dev.clearance.server.api.response.DecisionHistory;
import dev.clearance.server.api.response.IdRef;
import dev.clearance.server.http.Access;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.server.http.Params;
import dev.clearance.server.http.Routing;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.application.screening.DecisionView;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An officer's decision on a screening hit: {@code FALSE_POSITIVE}, {@code CONFIRMED_MATCH} (the party is blocked)
 * or {@code ESCALATED}, always with a reason, bound to the party (its key, or the full record without one) and to
 * the list entry's data as they are now. A false positive never applies to another party; with four eyes on, it
 * suppresses alerts only once a second, different officer confirmed it. Every decision is audited.
 *
 * <pre>
 * curl -s -H "X-API-Key: $KEY" -H 'Content-Type: application/json' -d '{"entryId":"un:QDi.001",
 *      "decision":"FALSE_POSITIVE","reason":"different date of birth","party":{"name":"Ivan Petrov","dob":"1988"}}' \
 *      http://localhost:8080/api/decisions
 * curl -s -H "X-API-Key: $KEY" "http://localhost:8080/api/decisions?partyKey=C-1001&entryId=un:QDi.001"
 * </pre>
 */
public final class DecisionService {
    private final PartyAlerts alerts;
    private final HitDecisions decisions;
    private final ListCatalogue lists;
    private final Recorder recorder;
    private final Parties parties;

    /**
     * @param alerts the partner master's alerts
     * @param decisions officers' decisions on hits
     * @param lists the loaded lists
     * @param recorder the audit recorder
     * @param parties the partner master
     */
    public DecisionService(PartyAlerts alerts, HitDecisions decisions, ListCatalogue lists, Recorder recorder,
            Parties parties) {
        this.alerts = alerts;
        this.decisions = decisions;
        this.lists = lists;
        this.recorder = recorder;
        this.parties = parties;
    }

    /** Registers the routes. */
    public void routing(Routing r) {
        r.post("/api/decisions", Role.OFFICER, this::decide);
        r.get("/api/decisions", Role.VIEWER, this::history);
        r.get("/api/decisions/{id}", Role.VIEWER, this::show);
        r.post("/api/decisions/{id}/confirm", Role.OFFICER, this::confirm);
    }

    private void decide(Context ctx) {
        Principal who = Access.principal(ctx);
        Input in = Json.object(ctx);
        String kindText = in.requiredText("decision").toUpperCase(Locale.ROOT).replace('-', '_');
        DecisionKind kind;
        try {
            kind = DecisionKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("decision", "expected FALSE_POSITIVE, CONFIRMED_MATCH or ESCALATED");
        }
        String reason = in.requiredText("reason");
        String entryId = in.requiredText("entryId");
        JsonNode partyNode = in.node().get("party");
        if (partyNode == null || partyNode.isNull()) {
            throw ApiError.badRequest("party", "required: the party decided on (its partyKey, or its full record)");
        }
        Party party = Party.from(in.object("party"));
        requireRealParty(party);
        LoadedLists lists = this.lists.current();
        ListEntry entry = lists.entry(entryId)
                .orElseThrow(() -> ApiError.notFound("no list entry " + entryId + " in the loaded lists"));
        if (kind == DecisionKind.FALSE_POSITIVE && party.key() == null && !party.distinguishable()) {
            // Bound to a bare name, it would silence this entry for everyone of that name.
            throw ApiError.badRequest("party", "a false positive without partyKey binds to the party's record, "
                    + "which needs more than a name (country, dob or identifiers) to tell it from the listed one");
        }
        DecisionAnswer[] decided = new DecisionAnswer[1];
        // The decision and its audit record are stored together, or neither is.
        // Once per request: a retry with the same X-Request-Id (on this server or another) gets the first decision.
        HitDecision stored = decisions.decide(kind, party.ref(), entryId, LoadedLists.fingerprint(entry),
                reason, who.name(), dev.clearance.server.http.RequestIds.current(), (h, d) -> {
                    DecisionAnswer out = new DecisionAnswer(describe(d), party.describe(), null, null, null);
                    AuditRecord rec = recorder.record(h, who.name(),
                            kind == DecisionKind.FALSE_POSITIVE ? AuditAction.HIT_REVIEWED : AuditAction.DECISION,
                            party.key() != null ? party.key() : party.name(), in.node(), out, null, lists.labels());
                    decided[0] = out.withAuditSeq(rec.seq());
                });
        DecisionAnswer out = decided[0] != null ? decided[0]
                : new DecisionAnswer(describe(stored), party.describe(), null, true, null);
        if (party.key() != null) {
            // The partner master's alert on the same (party key, entry id) follows the decision; a false positive
            // still waiting for a second officer leaves it open.
            boolean pending = out.decision().pending();
            PartyAlert.State state = kind == DecisionKind.CONFIRMED_MATCH ? PartyAlert.State.CONFIRMED
                    : kind == DecisionKind.FALSE_POSITIVE && !pending ? PartyAlert.State.REVIEWED : PartyAlert.State.OPEN;
            java.util.Optional<PartyAlert> alert = alerts.decide(party.key(), entryId, state, reason);
            if (alert.isPresent()) {
                out = out.withAlert(alert.get().id());
            }
        }
        Json.send(ctx, 201, out);
    }

    /**
     * A decision's key names a party of the partner master, under its name or an alias; a key the master does not
     * hold is taken only with the full record (more than a name), so a decision can never land on another party.
     */
    private void requireRealParty(Party party) {
        if (party.key() == null) {
            return;
        }
        java.util.Optional<dev.clearance.records.parties.PartyRecord> master = parties.get(party.key());
        if (master.isPresent() && !master.get().isNamed(party.name())) {
            throw ApiError.badRequest("party.partyKey", "key " + party.key() + " names '" + master.get().name()
                    + "' in the partner master, not '" + party.name() + "'");
        }
        if (master.isEmpty() && !party.distinguishable()) {
            throw ApiError.badRequest("party.partyKey", "no party " + party.key() + " in the partner master: "
                    + "add it (POST /api/parties) or give the party's full record (country, dob or identifiers)");
        }
    }

    private void confirm(Context ctx) {
        Principal who = Access.principal(ctx);
        long id = id(ctx);
        Input in = ctx.body().isBlank() ? new Input(Json.MAPPER.createObjectNode()) : Json.object(ctx);
        DecisionAnswer[] out = new DecisionAnswer[1];
        try {
            decisions.confirm(id, who.name(), in.text("reason"), (h, d) -> {
                DecisionAnswer confirmed = new DecisionAnswer(describe(d), null, null, null, null);
                AuditRecord rec = recorder.record(h, who.name(), AuditAction.DECISION_CONFIRMED,
                        d.partyKey() != null ? d.partyKey() : d.partyName(), new DecisionAnswer.Confirmation(id,
                                in.text("reason") == null ? "" : in.text("reason")), confirmed, null,
                        lists.current().labels());
                out[0] = confirmed.withAuditSeq(rec.seq());
            });
        } catch (FourEyesRefusedException e) {
            throw ApiError.refused(e, new IdRef(id));
        }
        Json.send(ctx, 201, out[0]);
    }

    private void show(Context ctx) {
        long id = id(ctx);
        HitDecision d = decisions.get(id).orElseThrow(() -> ApiError.notFound("no decision " + id));
        Json.send(ctx, 200, describe(d));
    }

    private void history(Context ctx) {
        String key = Params.text(ctx, "partyKey");
        String fingerprint = Params.text(ctx, "partyFingerprint");
        String entryId = Params.text(ctx, "entryId");
        if (key == null && fingerprint == null) {
            throw ApiError.badRequest("partyKey", "required: partyKey, or partyFingerprint for a party without key");
        }
        List<DecisionView> out = new ArrayList<>();
        decisions.history(key, key == null ? fingerprint : null, entryId).forEach(d -> out.add(describe(d)));
        Json.send(ctx, 200, new DecisionHistory(key, key == null ? fingerprint : null, entryId, out));
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.notFound("no decision " + ctx.pathParam("id"));
        }
    }

    /** @return a decision as the API shows it */
    static DecisionView describe(HitDecision d) {
        return DecisionView.of(d);
    }
}
