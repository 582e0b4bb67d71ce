package dev.clearance.records.applications;

import java.util.EnumSet;
import java.util.Set;

/** A step that moves an application from one state to another, who may take it, and from where. */
public enum ApplicationStep {
    /** An officer picks the application up. */
    START_REVIEW(ApplicationState.UNDER_REVIEW, true, false, EnumSet.of(ApplicationState.SUBMITTED)),
    /** An officer asks for information; the clock stops. A note saying what is needed is required. */
    REQUEST_INFORMATION(ApplicationState.INFORMATION_REQUESTED, true, true, EnumSet.of(ApplicationState.UNDER_REVIEW)),
    /** The information arrived (the requester answers, or an officer resumes); the clock runs again. */
    RESUME(ApplicationState.UNDER_REVIEW, false, false, EnumSet.of(ApplicationState.INFORMATION_REQUESTED)),
    /** An officer approves; a licence is registered. */
    APPROVE(ApplicationState.APPROVED, true, false, EnumSet.of(ApplicationState.UNDER_REVIEW)),
    /** An officer denies, with reasons. */
    DENY(ApplicationState.DENIED, true, true, EnumSet.of(ApplicationState.UNDER_REVIEW)),
    /** The requester who filed it withdraws it. */
    WITHDRAW(ApplicationState.WITHDRAWN, false, false, ApplicationState.open());

    private final ApplicationState to;
    private final boolean officerOnly;
    private final boolean noteRequired;
    private final Set<ApplicationState> from;

    ApplicationStep(ApplicationState to, boolean officerOnly, boolean noteRequired, Set<ApplicationState> from) {
        this.to = to;
        this.officerOnly = officerOnly;
        this.noteRequired = noteRequired;
        this.from = from;
    }

    /** @return the state the step leads to */
    public ApplicationState to() {
        return to;
    }

    /** @return true when only an officer may take it */
    public boolean officerOnly() {
        return officerOnly;
    }

    /** @return true when the step needs a note (what information, or the reasons) */
    public boolean noteRequired() {
        return noteRequired;
    }

    /** @return the states it may start from */
    public Set<ApplicationState> from() {
        return from;
    }
}
