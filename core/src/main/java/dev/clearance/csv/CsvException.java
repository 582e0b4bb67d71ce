package dev.clearance.csv;

/** Bad CSV input, naming the file and the line (the message is capped, see {@link dev.clearance.text.Excerpt}). */
public final class CsvException extends RuntimeException {
    private final String file;
    private final long line;
    private final String reason;
    private final String column;

    public CsvException(String file, long line, String message) {
        this(file, line, null, message);
    }

    /**
     * @param column the column at fault (as the header writes it), or null
     */
    public CsvException(String file, long line, String column, String message) {
        super(file + ":" + line + ": " + dev.clearance.text.Excerpt.message(message));
        this.file = file;
        this.line = line;
        this.reason = dev.clearance.text.Excerpt.message(message);
        this.column = column;
    }

    /** @return what is wrong, without the "file:line: " the message starts with */
    public String reason() {
        return reason;
    }

    /** @return the column at fault, or null when the problem is not one column's (an unknown header column) */
    public String column() {
        return column;
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }
}
