package dev.clearance.application.wiring;

/**
 * The server or a command cannot open what it works on, for a reason the user can fix (port in use or out of range,
 * database missing, locked or unreachable). Thrown before anything is created; the message is one line, the kind
 * says what to do about it.
 */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What stands in the way. */
    public enum Kind {
        /** Another process holds the database (a running server): ask that server instead. */
        DATABASE_IN_USE,
        /** Anything else: the message says what. */
        OTHER
    }

    private final Kind kind;

    /** @param message one line naming what is wrong and where */
    public StartupException(String message) {
        this(Kind.OTHER, message);
    }

    /**
     * @param kind    what stands in the way
     * @param message one line naming what is wrong and where
     */
    public StartupException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** @return what stands in the way */
    public Kind kind() {
        return kind;
    }
}
