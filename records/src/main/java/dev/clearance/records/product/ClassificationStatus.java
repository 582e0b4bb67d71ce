package dev.clearance.records.product;

/** Where one classification of a product for one regime stands. */
public enum ClassificationStatus {
    /** Proposed (by the classifier, an officer or an import), waiting for a second officer's approval. */
    PROPOSED,
    /** Approved: in force from its day until a later approval for the same regime supersedes it. */
    APPROVED,
    /** Was approved; a later approval took over from its {@code inForceTo} day. */
    SUPERSEDED,
    /** Was proposed; a later proposal for the same regime replaced it before anyone approved it. */
    REPLACED
}
