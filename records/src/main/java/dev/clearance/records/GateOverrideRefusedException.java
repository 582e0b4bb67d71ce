package dev.clearance.records;

/** An override of the screening gate that cannot be confirmed or used, with why. */
public final class GateOverrideRefusedException extends RuntimeException {
    /** Why. */
    public enum Reason {
        /** No such override. */
        NOT_FOUND,
        /** The officer who requested it cannot confirm it (four eyes). */
        SAME_OFFICER,
        /** It was confirmed already. */
        ALREADY_CONFIRMED,
        /** It waits for a second officer. */
        NOT_CONFIRMED,
        /** It let a step through already. */
        ALREADY_USED,
        /** It names another party or another step. */
        OTHER_PARTY_OR_STEP,
        /** A block stands that it does not cover (raised after it was requested). */
        NOT_COVERED
    }

    private final Reason reason;

    /**
     * @param reason  why
     * @param message what is wrong, for people
     */
    public GateOverrideRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }
}
