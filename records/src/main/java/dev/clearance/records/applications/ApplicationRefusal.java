package dev.clearance.records.applications;

import dev.clearance.records.RefusedException;

/** A step on an application that is refused: who may not, what may not happen now, or which input is wrong. */
public final class ApplicationRefusal extends RefusedException {
    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Kind {
        /** No such application, or one the caller may not see. */
        NOT_FOUND,
        /** The caller's role or identity does not allow the step. */
        FORBIDDEN,
        /** The step does not lead out of the application's state. */
        ILLEGAL_TRANSITION,
        /** The route applied for is no longer available on the decision day, and no override reason was given. */
        ROUTE_UNAVAILABLE,
        /** An input is unusable; {@link #field()} names it. */
        BAD_INPUT
    }

    /**
     * @param kind why
     * @param field the input at fault, or null
     * @param message what is wrong, for people
     */
    public ApplicationRefusal(Kind kind, String field, String message) {
        super(kind, field, message);
    }

    @Override
    public Kind kind() {
        return (Kind) super.kind();
    }

    @Override
    public boolean notFound() {
        return kind() == Kind.NOT_FOUND;
    }
}
