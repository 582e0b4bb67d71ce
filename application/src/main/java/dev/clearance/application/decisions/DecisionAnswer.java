package dev.clearance.application.decisions;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.clearance.application.screening.DecisionView;
import dev.clearance.application.screening.PartyView;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An officer's decision on a hit, as stored, with the party it binds to.
 *
 * @param decision the decision, as the screening outcome shows it (written first, flat)
 * @param party    the party decided on; left out of a confirmation
 * @param auditSeq the audit record; left out of a replay and while it is being written
 * @param replayed true when the request was answered before (same request id): the first decision
 * @param alertId  the partner-master alert that followed the decision; left out when none
 */
public record DecisionAnswer(@JsonUnwrapped DecisionView decision,
                             @JsonInclude(JsonInclude.Include.NON_NULL) PartyView party,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long auditSeq,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean replayed,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Long alertId) {
    /** @return the answer naming its audit record */
    public DecisionAnswer withAuditSeq(long seq) {
        return new DecisionAnswer(decision, party, seq, replayed, alertId);
    }

    /** @return the answer naming the alert that followed */
    public DecisionAnswer withAlert(long id) {
        return new DecisionAnswer(decision, party, auditSeq, replayed, id);
    }

    /**
     * What a confirmation's audit record keeps as its input.
     *
     * @param id     the decision confirmed
     * @param reason the second officer's reason, or empty
     */
    public record Confirmation(long id, String reason) {
    }
}
