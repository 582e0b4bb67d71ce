package dev.clearance.server;

/**
 * The server cannot start, for a reason the user can fix (port in use or out of range, database locked or
 * unreachable). Thrown before anything is created; the message is one line.
 */
public final class StartupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line naming what is wrong and where */
    public StartupException(String message) {
        super(message);
    }
}
