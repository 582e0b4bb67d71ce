package dev.clearance.lists;

/** A file the loaders will not read, such as XML with a DOCTYPE; becomes a {@link LoadProblem}. */
final class RefusedInputException extends Exception {
    private final long line;

    RefusedInputException(long line, String message) {
        super(message);
        this.line = line;
    }

    long line() {
        return line;
    }
}
