package dev.clearance.csv;

import java.util.List;

/**
 * One CSV record and the line of the file it starts on.
 *
 * @param line   1-based line number where the record starts
 * @param fields the fields, unquoted
 */
public record CsvRecord(long line, List<String> fields) {
    /** Field {@code i}, or the empty string when the record is shorter. */
    public String get(int i) {
        return i < fields.size() ? fields.get(i) : "";
    }

    public int size() {
        return fields.size();
    }

    /** True for a line with nothing on it. */
    public boolean isBlank() {
        return fields.size() == 1 && fields.get(0).isBlank();
    }
}
