package dev.clearance.application.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to one party's screening, as the API shows it ({@code POST /api/screenings}).
 *
 * @param party            the party screened
 * @param threshold        the score threshold used
 * @param listVersions     the lists screened against
 * @param missingLists     configured lists not loaded; left out when none
 * @param listWarnings     lists older than their source; left out when none
 * @param hits             the entries hitting the party, with their explanations and review states (as the
 *                         screening outcome shows them)
 * @param blocked          whether an officer confirmed a match
 * @param confirmedMatches the confirmed matches; left out when none
 * @param alert            whether a hit needs an officer
 * @param outcome          the verdict (BLOCKED, ALERT, INCOMPLETE, REVIEWED, NO_HIT)
 * @param auditSeq         the audit record
 */
public record ScreeningAnswer(PartyView party, double threshold, List<String> listVersions,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingLists,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> listWarnings,
                              List<ScreeningOutcome.HitView> hits, boolean blocked,
                              @JsonInclude(JsonInclude.Include.NON_EMPTY) List<DecisionView> confirmedMatches,
                              boolean alert, String outcome, long auditSeq) {
    /**
     * What a screening's audit record keeps: each hit's id, score and review state, not the whole explanation.
     *
     * @param alert        whether a hit needs an officer
     * @param missingLists configured lists not loaded; left out when none
     * @param blocked      whether an officer confirmed a match
     * @param outcome      the verdict
     * @param hits         the hits, briefly
     */
    public record Audited(boolean alert, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingLists,
                          boolean blocked, String outcome, List<AuditedHit> hits) {
    }

    /**
     * A hit as a screening's audit record keeps it.
     *
     * @param entryId the entry
     * @param score   the match score
     * @param review  the review state
     */
    public record AuditedHit(Object entryId, Object score, Object review) {
    }
}
