package dev.clearance.records.decisions;

import java.time.Instant;

/**
 * An officer's decision on a screening hit, as stored (never updated; a later decision on the same party and entry
 * supersedes it and it stays as history).
 *
 * @param id database id
 * @param kind false positive, confirmed match or escalated
 * @param partyKey the party's key, or null for a party known by its record only
 * @param partyFingerprint {@link dev.clearance.records.Fingerprints#party} of the party data decided on
 * @param partyName the party's name, normalised
 * @param partyRecord the party record decided on (JSON), or null
 * @param entryId list entry id (e.g. {@code ofac:12345})
 * @param entryFingerprint {@link dev.clearance.records.Fingerprints#entry} of the entry data decided on
 * @param reason the officer's reason
 * @param officer who decided
 * @param decidedAt when
 * @param needsConfirmation whether a second officer must confirm it (four eyes) before it suppresses alerts
 * @param confirmation the second officer's confirmation, or null
 */
public record HitDecision(long id, DecisionKind kind, String partyKey, String partyFingerprint, String partyName,
        String partyRecord, String entryId, String entryFingerprint, String reason, String officer,
        Instant decidedAt, boolean needsConfirmation, Confirmation confirmation) {

    /**
     * A second officer's confirmation of a false positive.
     *
     * @param officer who confirmed (never the officer who decided)
     * @param reason optional note
     * @param confirmedAt when
     */
    public record Confirmation(String officer, String reason, Instant confirmedAt) {
    }

    /** @return whether this decision waits for a second officer */
    public boolean pending() {
        return needsConfirmation && confirmation == null;
    }

    HitDecision withConfirmation(Confirmation c) {
        return new HitDecision(id, kind, partyKey, partyFingerprint, partyName, partyRecord, entryId,
                entryFingerprint, reason, officer, decidedAt, needsConfirmation, c);
    }
}
