package dev.clearance.records.product;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One classification of a product for one regime: the entry, why, where it came from, who proposed and who
 * approved it (never the same officer), and the days it is in force.
 *
 * @param regime         the exporting regime's jurisdiction (JP, KR, EU, US)
 * @param entry          the control-list code exports are determined under (3C002.a.2), or NONE / the regime's word
 * @param productVersion the product's version the classification was made on
 * @param inForceFrom    the first day it is in force (null until approved)
 * @param inForceTo      the day a later approval took over (null while it stands)
 */
public record RegimeClassification(long id, String productKey, String regime, String entry,
                                   ClassificationStatus status, String reason, ProposalSource source,
                                   int productVersion, String proposedBy, Instant proposedAt, String approvedBy,
                                   String approveReason, Instant approvedAt, LocalDate inForceFrom,
                                   LocalDate inForceTo) {
    /** True when in force on {@code day}. */
    public boolean inForceOn(LocalDate day) {
        return inForceFrom != null && !day.isBefore(inForceFrom) && (inForceTo == null || day.isBefore(inForceTo))
                && (status == ClassificationStatus.APPROVED || status == ClassificationStatus.SUPERSEDED);
    }
}
