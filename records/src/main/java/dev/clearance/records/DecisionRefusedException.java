package dev.clearance.records;

/** A confirmation (four eyes) that cannot be recorded, with why. */
public final class DecisionRefusedException extends RuntimeException {
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

    private final Reason reason;

    /**
     * @param reason why
     * @param message one line for the user
     */
    public DecisionRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }
}
