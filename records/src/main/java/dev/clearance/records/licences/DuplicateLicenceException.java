package dev.clearance.records.licences;

/** A licence the jurisdiction already has under the same number: a conflict with what is stored, not bad input. */
public final class DuplicateLicenceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** @param message names the jurisdiction and number */
    public DuplicateLicenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
