package dev.clearance.records;

/**
 * Whether a screening hit has a standing review.
 *
 * @param state NOT_REVIEWED, REVIEWED or STALE
 * @param review the latest review for the pair, or null when NOT_REVIEWED
 * @param partyChanged for STALE: whether the party data changed since the review
 * @param entryChanged for STALE: whether the list entry data changed since the review
 */
public record ReviewStatus(State state, HitReview review, boolean partyChanged, boolean entryChanged) {

    /** Review states. */
    public enum State {
        /** No review exists: the hit needs an officer. */
        NOT_REVIEWED,
        /** A review stands: show the hit as reviewed (not hidden). */
        REVIEWED,
        /** A review exists but the party or entry data changed since: the hit needs review again. */
        STALE
    }

    static final ReviewStatus NONE = new ReviewStatus(State.NOT_REVIEWED, null, false, false);
}
