package dev.clearance.records.decisions;

/**
 * Where a screening hit stands after officers' decisions.
 *
 * @param state the standing
 * @param decision the latest decision on the pair (party, entry), or null when NOT_REVIEWED
 * @param partyChanged for STALE: whether the party data changed since the decision
 * @param entryChanged for STALE: whether the list entry data changed since the decision
 */
public record ReviewStatus(State state, HitDecision decision, boolean partyChanged, boolean entryChanged) {

    /** Standings of a hit; every one but REVIEWED raises an alert. */
    public enum State {
        /** No decision exists: the hit needs an officer. */
        NOT_REVIEWED,
        /** A false positive stands: show the hit as reviewed (not hidden), no alert. */
        REVIEWED,
        /** A false positive waits for a second officer (four eyes): still an alert. */
        PENDING_CONFIRMATION,
        /** A false positive exists but the party or entry data changed since: the hit needs review again. */
        STALE,
        /** An officer confirmed the match: the party is blocked. */
        CONFIRMED_MATCH,
        /** An officer escalated the hit: still an alert. */
        ESCALATED
    }

    static final ReviewStatus NONE = new ReviewStatus(State.NOT_REVIEWED, null, false, false);

    /** @return whether the hit raises an alert */
    public boolean alert() {
        return state != State.REVIEWED;
    }
}
