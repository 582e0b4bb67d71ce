package dev.clearance.cli;

/** Bad input found by a command, reported as one line with exit status 2. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
