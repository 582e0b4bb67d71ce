package dev.clearance.records.applications;

import java.util.EnumSet;
import java.util.Set;

/** Where a licence application stands. */
public enum ApplicationState {
    /** Filed, not yet picked up by an officer. The review clock runs. */
    SUBMITTED,
    /** An officer is reviewing it. The review clock runs. */
    UNDER_REVIEW,
    /** The officer asked the requester for information. The review clock stops. */
    INFORMATION_REQUESTED,
    /** Approved: a licence was registered. */
    APPROVED,
    /** Denied, with reasons. */
    DENIED,
    /** Withdrawn by the requester. */
    WITHDRAWN;

    /** @return true when no transition leaves this state */
    public boolean decided() {
        return this == APPROVED || this == DENIED || this == WITHDRAWN;
    }

    /** @return true while the review clock runs */
    public boolean clockRuns() {
        return this == SUBMITTED || this == UNDER_REVIEW;
    }

    /** The states open applications are in. */
    public static Set<ApplicationState> open() {
        return EnumSet.of(SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED);
    }
}
