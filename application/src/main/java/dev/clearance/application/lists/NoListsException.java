package dev.clearance.application.lists;

/**
 * No restricted-party list is loaded: a screening against none would answer "no hit" about nothing, so it is
 * refused (the server answers 503 {@code no_lists}). The message says what to do.
 */
public final class NoListsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message one line: why nothing can be screened and what to do */
    public NoListsException(String message) {
        super(message);
    }
}
