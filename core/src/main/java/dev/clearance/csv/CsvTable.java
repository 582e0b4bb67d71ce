package dev.clearance.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file with a header row: columns are found by name, in any order, case-insensitively.
 * Missing required columns are reported once, naming the file.
 */
public final class CsvTable implements Closeable {
    private final String file;
    private final CsvReader reader;
    private final List<String> header;
    private final Map<String, Integer> index = new LinkedHashMap<>();

    private CsvTable(String file, CsvReader reader, List<String> header) {
        this.file = file;
        this.reader = reader;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).trim().toLowerCase(Locale.ROOT), i);
        }
    }

    /**
     * Opens a headed CSV and checks that the required columns are there.
     *
     * @throws CsvException naming the file when the header is missing or lacks a required column
     */
    public static CsvTable open(String file, Reader in, List<String> required) throws IOException {
        return open(new CsvReader(file, in), required);
    }

    /**
     * Opens a headed CSV of bytes in {@code charset}; a row with bytes not valid in it is refused naming its
     * line (see {@link CsvReader#open}).
     *
     * @throws CsvException naming the file when the header is missing, unreadable or lacks a required column
     */
    public static CsvTable open(String file, java.io.InputStream in, java.nio.charset.Charset charset,
                                List<String> required) throws IOException {
        return open(CsvReader.open(file, in, charset), required);
    }

    private static CsvTable open(CsvReader reader, List<String> required) throws IOException {
        String file = reader.file();
        CsvRecord head = reader.next();
        if (head == null || head.isBlank()) {
            throw new CsvException(file, 1, "empty file: expected a header row with " + String.join(",", required));
        }
        reader.expectFields(head.size());
        CsvTable table = new CsvTable(file, reader, head.fields());
        List<String> missing = new ArrayList<>();
        for (String r : required) {
            if (!table.has(r)) {
                missing.add(r);
            }
        }
        if (!missing.isEmpty()) {
            throw new CsvException(file, 1, "header lacks column(s) " + String.join(",", missing)
                    + " (found: " + String.join(",", head.fields()) + ")");
        }
        return table;
    }

    public boolean has(String column) {
        return index.containsKey(column.toLowerCase(Locale.ROOT));
    }

    /** The header as written in the file. */
    public List<String> header() {
        return Collections.unmodifiableList(header);
    }

    public String file() {
        return file;
    }

    /**
     * The next non-blank data row, or {@code null} at the end.
     *
     * @throws CsvException for a row that cannot be read (unclosed quote, bytes not valid in the charset, too
     *                      long), naming its line; the next call reads on, so callers report it and continue
     */
    public Row next() throws IOException {
        CsvRecord r;
        do {
            r = reader.next();
        } while (r != null && r.isBlank());
        return r == null ? null : new Row(r);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** One data row, read by column name. */
    public final class Row {
        private final CsvRecord record;

        Row(CsvRecord record) {
            this.record = record;
        }

        public long line() {
            return record.line();
        }

        /** The trimmed value of a column, or the empty string when the column is absent or empty. */
        public String get(String column) {
            Integer i = index.get(column.toLowerCase(Locale.ROOT));
            return i == null ? "" : record.get(i).trim();
        }

        /** All fields as written, padded to the header's width. */
        public List<String> fields() {
            List<String> f = new ArrayList<>(record.fields());
            while (f.size() < header.size()) {
                f.add("");
            }
            return f;
        }

        /** An error that names this row's file and line. */
        public CsvException error(String column, String message) {
            return new CsvException(file, record.line(), (column == null ? "" : "column " + column + ": ") + message);
        }
    }
}
