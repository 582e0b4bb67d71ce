package dev.clearance.records.gate;

import dev.clearance.records.RefusedException;

/** An override of the screening gate that cannot be confirmed or used, with why. */
public final class GateOverrideRefusedException extends RefusedException {
    private static final long serialVersionUID = 1L;

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

    /**
     * @param reason  why
     * @param message what is wrong, for people
     */
    public GateOverrideRefusedException(Reason reason, String message) {
        super(reason, null, message);
    }

    @Override
    public Reason kind() {
        return (Reason) super.kind();
    }

    /** @return why (the {@link #kind()}) */
    public Reason reason() {
        return kind();
    }

    @Override
    public boolean notFound() {
        return kind() == Reason.NOT_FOUND;
    }
}
