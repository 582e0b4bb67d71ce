package dev.clearance.server.api.response;

import java.util.List;
import dev.clearance.application.screening.DecisionView;

/**
 * The decisions on a party (and entry), oldest first.
 *
 * @param partyKey         the party's key, or null
 * @param partyFingerprint the party's fingerprint, for a party without key; else null
 * @param entryId          the entry asked for, or null
 * @param decisions        the decisions, as the screening outcome shows a decision
 */
public record DecisionHistory(String partyKey, String partyFingerprint, String entryId,
                              List<DecisionView> decisions) {
}
