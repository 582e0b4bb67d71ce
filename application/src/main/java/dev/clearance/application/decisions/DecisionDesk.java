package dev.clearance.application.decisions;

import dev.clearance.application.audit.Recorder;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.application.screening.DecisionView;
import dev.clearance.application.screening.Party;
import dev.clearance.input.BadRequestException;
import dev.clearance.lists.ListEntry;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.decisions.DecisionKind;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.access.Principal;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyAlert;
import dev.clearance.records.parties.PartyAlerts;
import dev.clearance.records.parties.PartyRecord;
import java.util.List;
import java.util.Optional;

/**
 * An officer's decision on a screening hit: {@code FALSE_POSITIVE}, {@code CONFIRMED_MATCH} (the party is blocked)
 * or {@code ESCALATED}, always with a reason, bound to the party (its key, or the full record without one) and to
 * the list entry's data as they are now. A false positive never applies to another party; with four eyes on, it
 * suppresses alerts only once a second, different officer confirmed it. Every decision is audited, and the partner
 * master's alert on the same party and entry follows it.
 */
public final class DecisionDesk {
    private final PartyAlerts alerts;
    private final HitDecisions decisions;
    private final ListCatalogue lists;
    private final Recorder recorder;
    private final Parties parties;

    /**
     * @param alerts    the partner master's alerts
     * @param decisions officers' decisions on hits
     * @param lists     the loaded lists
     * @param recorder  the audit recorder
     * @param parties   the partner master
     */
    public DecisionDesk(PartyAlerts alerts, HitDecisions decisions, ListCatalogue lists, Recorder recorder,
            Parties parties) {
        this.alerts = alerts;
        this.decisions = decisions;
        this.lists = lists;
        this.recorder = recorder;
        this.parties = parties;
    }

    /**
     * Records a decision with its audit record, once per request: a retry with the same request id (on this server
     * or another) gets the first decision, marked replayed.
     *
     * @param who       the officer
     * @param requestId the request's id, or null
     * @param body      the request as given, recorded as its input
     * @return the decision with the party, its audit record and the alert that followed
     * @throws BadRequestException naming {@code party} or {@code party.partyKey} when the party could be another
     * @throws EntryNotLoadedException when the loaded lists hold no such entry
     */
    public DecisionAnswer decide(DecisionRequest request, Principal who, String requestId, Object body) {
        Party party = request.party();
        requireRealParty(party);
        LoadedLists loaded = lists.current();
        ListEntry entry = loaded.entry(request.entryId())
                .orElseThrow(() -> new EntryNotLoadedException(request.entryId()));
        if (request.kind() == DecisionKind.FALSE_POSITIVE && party.key() == null && !party.distinguishable()) {
            // Bound to a bare name, it would silence this entry for everyone of that name.
            throw new BadRequestException("party", "a false positive without partyKey binds to the party's record, "
                    + "which needs more than a name (country, dob or identifiers) to tell it from the listed one");
        }
        DecisionAnswer[] decided = new DecisionAnswer[1];
        // The decision and its audit record are stored together, or neither is.
        HitDecision stored = decisions.decide(request.kind(), party.ref(), request.entryId(),
                LoadedLists.fingerprint(entry), request.reason(), who.name(), requestId, (h, d) -> {
                    DecisionAnswer out = new DecisionAnswer(DecisionView.of(d), party.view(), null, null, null);
                    AuditRecord rec = recorder.record(h, who.name(), request.kind() == DecisionKind.FALSE_POSITIVE
                            ? AuditAction.HIT_REVIEWED : AuditAction.DECISION, party.subject(), body, out, null,
                            loaded.labels());
                    decided[0] = out.withAuditSeq(rec.seq());
                });
        DecisionAnswer out = decided[0] != null ? decided[0]
                : new DecisionAnswer(DecisionView.of(stored), party.view(), null, true, null);
        return followingAlert(request, out);
    }

    /**
     * The partner master's alert on the same (party key, entry id) follows the decision; a false positive still
     * waiting for a second officer leaves it open. A party without key has no alert.
     */
    private DecisionAnswer followingAlert(DecisionRequest request, DecisionAnswer out) {
        String key = request.party().key();
        if (key == null) {
            return out;
        }
        DecisionKind kind = request.kind();
        PartyAlert.State state = kind == DecisionKind.CONFIRMED_MATCH ? PartyAlert.State.CONFIRMED
                : kind == DecisionKind.FALSE_POSITIVE && !out.decision().pending() ? PartyAlert.State.REVIEWED
                : PartyAlert.State.OPEN;
        Optional<PartyAlert> alert = alerts.decide(key, request.entryId(), state, request.reason());
        return alert.map(a -> out.withAlert(a.id())).orElse(out);
    }

    /**
     * A decision's key names a party of the partner master, under its name or an alias; a key the master does not
     * hold is taken only with the full record (more than a name), so a decision can never land on another party.
     */
    private void requireRealParty(Party party) {
        if (party.key() == null) {
            return;
        }
        Optional<PartyRecord> master = parties.get(party.key());
        if (master.isPresent() && !master.get().isNamed(party.name())) {
            throw new BadRequestException(BadRequestException.Kind.CONFLICT, "party.partyKey", "key " + party.key()
                    + " names '" + master.get().name() + "' in the partner master, not '" + party.name() + "'");
        }
        if (master.isEmpty() && !party.distinguishable()) {
            throw new BadRequestException(BadRequestException.Kind.UNKNOWN, "party.partyKey", "no party "
                    + party.key() + " in the partner master: add it (POST /api/parties) or give the party's full "
                    + "record (country, dob or identifiers)");
        }
    }

    /**
     * A second, different officer confirms a false positive, with its audit record.
     *
     * @param reason their reason, or null
     * @return the decision confirmed, naming its audit record
     * @throws dev.clearance.records.FourEyesRefusedException when the decision is unknown, not confirmable, confirmed
     *     already or taken by the same officer
     */
    public DecisionAnswer confirm(long id, String reason, Principal who) {
        DecisionAnswer[] out = new DecisionAnswer[1];
        decisions.confirm(id, who.name(), reason, (h, d) -> {
            DecisionAnswer confirmed = new DecisionAnswer(DecisionView.of(d), null, null, null, null);
            AuditRecord rec = recorder.record(h, who.name(), AuditAction.DECISION_CONFIRMED,
                    d.partyKey() != null ? d.partyKey() : d.partyName(),
                    new DecisionAnswer.Confirmation(id, reason == null ? "" : reason), confirmed, null,
                    lists.current().labels());
            out[0] = confirmed.withAuditSeq(rec.seq());
        });
        return out[0];
    }

    /** @return the decision, if there is one of that id */
    public Optional<DecisionView> get(long id) {
        return decisions.get(id).map(DecisionView::of);
    }

    /**
     * @param partyKey         the party's key, or null for a party without one
     * @param partyFingerprint the record's fingerprint of a party without key; ignored with a key
     * @param entryId          only decisions on this entry, or null for all
     * @return the party's decisions
     * @throws BadRequestException naming {@code partyKey} when neither key nor fingerprint is given
     */
    public List<DecisionView> history(String partyKey, String partyFingerprint, String entryId) {
        if (partyKey == null && partyFingerprint == null) {
            throw new BadRequestException(BadRequestException.Kind.MISSING, "partyKey",
                    "required: partyKey, or partyFingerprint for a party without key");
        }
        return decisions.history(partyKey, partyKey == null ? partyFingerprint : null, entryId).stream()
                .map(DecisionView::of).toList();
    }
}
