package dev.clearance.application.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clearance.records.decisions.HitDecision;

/**
 * An officer's decision on a hit as the API and the audit trail show it.
 *
 * @param id                the decision
 * @param decision          FALSE_POSITIVE, CONFIRMED_MATCH or ESCALATED
 * @param partyKey          the party's key, or null
 * @param partyFingerprint  the fingerprint of the party's record it binds to
 * @param entryId           the list entry
 * @param entryFingerprint  the fingerprint of the entry's data it binds to
 * @param reason            the officer's reason
 * @param officer           the officer
 * @param decidedAt         when (ISO-8601)
 * @param needsConfirmation whether a second officer must confirm it before it suppresses alerts
 * @param pending           whether it still waits for that officer
 * @param confirmation      the second officer's confirmation; left out while there is none
 */
public record DecisionView(long id, String decision, String partyKey, String partyFingerprint, String entryId,
                           String entryFingerprint, String reason, String officer, String decidedAt,
                           boolean needsConfirmation, boolean pending,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Confirmation confirmation) {
    /**
     * A second officer's confirmation.
     *
     * @param officer     the second officer
     * @param reason      their reason, or null
     * @param confirmedAt when (ISO-8601)
     */
    public record Confirmation(String officer, String reason, String confirmedAt) {
    }

    /** @return the decision as shown */
    public static DecisionView of(HitDecision d) {
        return new DecisionView(d.id(), d.kind().name(), d.partyKey(), d.partyFingerprint(), d.entryId(),
                d.entryFingerprint(), d.reason(), d.officer(), d.decidedAt().toString(), d.needsConfirmation(),
                d.pending(), d.confirmation() == null ? null : new Confirmation(d.confirmation().officer(),
                        d.confirmation().reason(), d.confirmation().confirmedAt().toString()));
    }
}
