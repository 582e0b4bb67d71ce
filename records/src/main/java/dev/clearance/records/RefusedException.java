package dev.clearance.records;

import java.util.Locale;
import java.util.Objects;

/**
 * A step the records refuse, typed: its kind (an enum of the refusing aggregate, e.g. a confirmation by the same
 * officer) and the input at fault, if one is. Callers decide by the kind, never by reading the message; the message
 * is one line for people.
 */
public abstract class RefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Enum<?> kind;
    private final String field;

    /**
     * @param kind    why, as the refusing aggregate's enum
     * @param field   the input at fault, or null
     * @param message one line for people
     */
    protected RefusedException(Enum<?> kind, String field, String message) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.field = field;
    }

    /** @return why */
    public Enum<?> kind() {
        return kind;
    }

    /** @return the input at fault, or null */
    public String field() {
        return field;
    }

    /** @return the kind as an error code: lower case, e.g. {@code same_officer} */
    public String code() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /** @return whether the thing the step names does not exist (or may not be seen) */
    public abstract boolean notFound();
}
