package dev.clearance.records.decisions;

import dev.clearance.records.RefusedException;

/** A confirmation (four eyes) that cannot be recorded, with why. */
public final class DecisionRefusedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    /** Why a confirmation was refused. */
    public enum Reason {
        /** No decision with that id. */
        NOT_FOUND,
        /** Only false positives are confirmed, and only where four eyes apply. */
        NOT_CONFIRMABLE,
        /** The officer who decided cannot confirm their own decision. */
        SAME_OFFICER,
        /** A second officer confirmed it already. */
        ALREADY_CONFIRMED
    }

    /**
     * @param reason why
     * @param message one line for the user
     */
    public DecisionRefusedException(Reason reason, String message) {
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
