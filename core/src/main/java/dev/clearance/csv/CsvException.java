package dev.clearance.csv;

/** Bad CSV input, naming the file and the line (the message is capped, see {@link dev.clearance.text.Excerpt}). */
public final class CsvException extends RuntimeException {
    private final String file;
    private final long line;
    private final String reason;

    public CsvException(String file, long line, String message) {
        super(file + ":" + line + ": " + dev.clearance.text.Excerpt.message(message));
        this.file = file;
        this.line = line;
        this.reason = dev.clearance.text.Excerpt.message(message);
    }

    /** @return what is wrong, without the "file:line: " the message starts with */
    public String reason() {
        return reason;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
