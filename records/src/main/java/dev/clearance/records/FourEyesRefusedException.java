package dev.clearance.records;

/**
 * A four-eyes step the records refuse, typed: a second officer's confirmation of a decision on a hit or of an
 * override of the screening gate, or an override's use. Both kinds of record refuse for the same reasons (the same
 * officer, confirmed already, no such record), so one refusal names them, with what it was about.
 */
public final class FourEyesRefusedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    /** What the step was on. */
    public enum Subject {
        /** An officer's decision on a screening hit. */
        DECISION,
        /** An override of the screening gate. */
        OVERRIDE
    }

    /** Why. */
    public enum Reason {
        /** No such decision or override. */
        NOT_FOUND,
        /** Only false positives are confirmed, and only where four eyes apply. */
        NOT_CONFIRMABLE,
        /** The officer who decided or requested cannot confirm it. */
        SAME_OFFICER,
        /** A second officer confirmed it already. */
        ALREADY_CONFIRMED,
        /** The override waits for a second officer. */
        NOT_CONFIRMED,
        /** The override let a step through already. */
        ALREADY_USED,
        /** The override names another party or another step. */
        OTHER_PARTY_OR_STEP,
        /** A block stands that the override does not cover (raised after it was requested). */
        NOT_COVERED
    }

    private final Subject subject;

    /**
     * @param subject what the step was on
     * @param reason  why
     * @param message one line for people
     */
    public FourEyesRefusedException(Subject subject, Reason reason, String message) {
        super(reason, null, message);
        this.subject = subject;
    }

    @Override
    public Reason kind() {
        return (Reason) super.kind();
    }

    /** @return why (the {@link #kind()}) */
    public Reason reason() {
        return kind();
    }

    /** @return what the step was on */
    public Subject subject() {
        return subject;
    }

    @Override
    public boolean notFound() {
        return kind() == Reason.NOT_FOUND;
    }
}
