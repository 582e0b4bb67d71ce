package dev.clearance.application.decisions;

import dev.clearance.application.screening.Party;
import dev.clearance.records.decisions.DecisionKind;

/**
 * An officer's decision as asked for, read from whichever way it came in.
 *
 * @param kind    FALSE_POSITIVE, CONFIRMED_MATCH or ESCALATED
 * @param reason  why, in the officer's words
 * @param entryId the list entry the hit is on
 * @param party   the party decided on (its key, or its full record)
 */
public record DecisionRequest(DecisionKind kind, String reason, String entryId, Party party) {
}
