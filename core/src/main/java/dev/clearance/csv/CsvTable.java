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
 * A CSV file with a header row: columns are found by name, in any order; a header name matches a column when they
 * are equal once trimmed and lower-cased ({@link #columnKey}, the one rule every CSV way in uses: {@code End_User}
 * and {@code end_user } are {@code end_user}; {@code end-user} is another column). Missing required columns are
 * reported once, naming the file; a table opened with its {@link Columns} refuses a column it does not take,
 * naming it, unless the caller declared it as an extra column to carry through.
 */
public final class CsvTable implements Closeable {
    private final String file;
    private final CsvReader reader;
    private final List<String> header;
    private final Map<String, Integer> index = new LinkedHashMap<>();
    private List<String> extra = List.of();

    private CsvTable(String file, CsvReader reader, List<String> header) {
        this.file = file;
        this.reader = reader;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(columnKey(header.get(i)), i);
        }
    }

    /**
     * The columns a kind of CSV takes.
     *
     * @param required columns it must have
     * @param optional columns it may have
     * @param extra    further columns the user declared, carried through unread to the output: trimmed, as declared,
     *                 one per {@link #columnKey}, in the order declared
     * @param oneOf    columns of which it must have at least one (empty: no such rule), named with the required
     *                 ones it lacks so one refusal says all a header lacks
     */
    public record Columns(List<String> required, List<String> optional, java.util.Set<String> extra,
                          List<String> oneOf) {
        /** Copies. */
        public Columns {
            required = List.copyOf(required);
            oneOf = List.copyOf(oneOf);
            optional = List.copyOf(optional);
            java.util.Map<String, String> byKey = new java.util.LinkedHashMap<>();
            extra.stream().filter(e -> !e.isBlank()).forEach(e -> byKey.putIfAbsent(columnKey(e), e.trim()));
            extra = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(byKey.values()));
        }

        /** @return the columns with no extra ones */
        public static Columns of(List<String> required, List<String> optional) {
            return new Columns(required, optional, java.util.Set.of(), List.of());
        }

        /** @return the same columns, needing at least one of {@code group} too */
        public Columns needingOneOf(List<String> group) {
            return new Columns(required, optional, extra, group);
        }

        /** @return the same columns, taking these extra ones too */
        public Columns withExtra(java.util.Collection<String> more) {
            java.util.Set<String> all = new java.util.LinkedHashSet<>(extra);
            more.stream().filter(m -> !m.isBlank()).forEach(all::add);
            return new Columns(required, optional, all, oneOf);
        }

        boolean takes(String column) {
            String key = columnKey(column);
            return extra.stream().anyMatch(e -> columnKey(e).equals(key))
                    || required.stream().anyMatch(r -> columnKey(r).equals(key))
                    || optional.stream().anyMatch(o -> columnKey(o).equals(key));
        }
    }

    /**
     * The header of an output that carries the declared extra columns after its own. An extra column named (by
     * {@link #columnKey}) like one of the output's own is refused: the output would hold two columns of that name,
     * and whoever reads it back would take one for the other.
     *
     * @param own   the columns the output writes itself
     * @param extra the declared extra columns, as declared
     * @return {@code own} then {@code extra}
     * @throws dev.clearance.input.BadRequestException a {@code CONFLICT} on field {@code extraColumns}, naming the
     *                                                 column
     */
    public static List<String> outputHeader(List<String> own, java.util.Collection<String> extra) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        own.forEach(o -> taken.add(columnKey(o)));
        List<String> header = new ArrayList<>(own);
        for (String e : extra) {
            if (!taken.add(columnKey(e))) {
                throw new dev.clearance.input.BadRequestException(dev.clearance.input.BadRequestException.Kind.CONFLICT,
                        "extraColumns", dev.clearance.text.Excerpt.quote(e.trim()) + " is a column the output writes"
                        + " itself (" + String.join(",", own) + "): name the extra column otherwise");
            }
            header.add(e.trim());
        }
        return List.copyOf(header);
    }

    /** @return the key a header name is matched by: trimmed, lower case */
    public static String columnKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Opens a headed CSV that takes exactly these columns: a header column it does not take is refused naming it
     * ({@link CsvException#column()}), so a misspelt column is never silently ignored.
     *
     * @throws CsvException naming the file when the header is missing, lacks a required column or has one it
     *                      does not take
     */
    public static CsvTable open(String file, java.io.InputStream in, java.nio.charset.Charset charset, Columns columns)
            throws IOException {
        return strict(open(CsvReader.open(file, in, charset), columns.required(), columns.oneOf()), columns);
    }

    /** As {@link #open(String, java.io.InputStream, java.nio.charset.Charset, Columns)}, from text. */
    public static CsvTable open(String file, Reader in, Columns columns) throws IOException {
        return strict(open(new CsvReader(file, in), columns.required(), columns.oneOf()), columns);
    }

    private static CsvTable strict(CsvTable table, Columns columns) throws IOException {
        List<String> unknown = table.header.stream().filter(h -> !h.isBlank() && !columns.takes(h)).toList();
        if (!unknown.isEmpty()) {
            table.close();
            List<String> known = new ArrayList<>(columns.required());
            known.addAll(columns.optional());
            known.addAll(columns.extra());
            throw new CsvException(table.file, 1, unknown.get(0).trim(), "unknown column(s) "
                    + String.join(",", unknown.stream().map(String::trim).toList()) + ": the columns are "
                    + String.join(",", known) + " (names match trimmed and ignoring case); declare columns to carry"
                    + " through unread as extra columns (--extra-columns, API extraColumns)");
        }
        table.extra = List.copyOf(columns.extra());
        return table;
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
        return open(reader, required, List.of());
    }

    private static CsvTable open(CsvReader reader, List<String> required, List<String> oneOf) throws IOException {
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
        if (!oneOf.isEmpty() && oneOf.stream().noneMatch(table::has)) {
            missing.add(String.join(" or ", oneOf));
        }
        if (!missing.isEmpty()) {
            throw new CsvException(file, 1, "header lacks column(s) " + String.join(",", missing)
                    + " (found: " + String.join(",", head.fields()) + ")");
        }
        return table;
    }

    public boolean has(String column) {
        return index.containsKey(columnKey(column));
    }

    /**
     * @return the extra columns the user declared (as declared, in order), which each output carries after its own
     *     columns; empty for a table opened without {@link Columns}
     */
    public List<String> extraColumns() {
        return extra;
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
            // callers mostly ask by the key itself ("end_user"): a key is its own columnKey, so look it up as given first
            Integer i = index.get(column);
            if (i == null) {
                i = index.get(columnKey(column));
            }
            return i == null ? "" : record.get(i).trim();
        }

        /** @return the values of the declared {@link #extraColumns()}, in their order (empty when absent) */
        public List<String> extras() {
            return extra.stream().map(this::get).toList();
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
