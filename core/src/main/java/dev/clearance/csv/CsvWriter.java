package dev.clearance.csv;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 records, quoting only the fields that need it. */
public final class CsvWriter implements Closeable, Flushable {
    private final Writer out;

    public CsvWriter(Writer out) {
        this.out = out;
    }

    /** Writes one record followed by a line break. */
    public void write(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    /** The field as it must appear in a CSV file. */
    public static String quote(String field) {
        if (field == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char c = field.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r' || c == 0x1A;
        }
        // A leading BOM would be taken for the file's byte-order mark; edge spaces for padding.
        if (!needs && !(field.startsWith(" ") || field.endsWith(" ") || field.startsWith("\uFEFF"))) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
