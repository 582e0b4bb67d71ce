package dev.clearance.csv;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.
 * Each record remembers the line it started on, so errors can name it.
 *
 * <p>Lenient where real files are: a stray quote inside an unquoted field is kept as text, a
 * trailing 0x1A (DOS end-of-file, as in OFAC's files) is ignored, and a BOM is dropped.
 */
public final class CsvReader implements Closeable {
    private final BufferedReader in;
    private final char separator;
    private long line = 1;
    private boolean first = true;

    public CsvReader(Reader reader) {
        this(reader, ',');
    }

    public CsvReader(Reader reader, char separator) {
        this.in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
        this.separator = separator;
    }

    /** The next record, or {@code null} at the end of input. */
    public CsvRecord next() throws IOException {
        int c = in.read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        while (c == 0x1A) {
            c = in.read();
        }
        if (c == -1) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (c == -1 || c == 0x1A && !quoted) {
                fields.add(field.toString());
                return new CsvRecord(start, fields);
            }
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int n = in.read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = n;
                        continue;
                    }
                } else {
                    if (ch == '\n') {
                        line++;
                    }
                    field.append(ch);
                }
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    in.mark(1);
                    if (in.read() != '\n') {
                        in.reset();
                    }
                }
                line++;
                fields.add(field.toString());
                return new CsvRecord(start, fields);
            } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append(ch);
            }
            c = in.read();
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
