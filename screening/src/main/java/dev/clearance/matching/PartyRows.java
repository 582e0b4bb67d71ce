package dev.clearance.matching;

import dev.clearance.matching.normalise.Query;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.input.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.List;

/**
 * A CSV of parties to screen, header {@code id,name} with optional {@code country,type,dob}, read the one way
 * every caller reads it (CLI {@code screen --in}, the API's batch upload, batch jobs). Each row is a query or a
 * refusal naming its file, line and column; the rows after a bad one are still read.
 */
public final class PartyRows {
    /** Required columns. */
    public static final List<String> REQUIRED = List.of("id", "name");
    /** The columns a party CSV takes; any other is refused unless declared extra. */
    public static final CsvTable.Columns COLUMNS = CsvTable.Columns.of(REQUIRED, List.of("country", "type", "dob",
            "identifiers"));

    private PartyRows() {
    }

    /** What a row turned out to be: a query, or why it is refused. */
    public sealed interface Row permits Good, Refused {
        /** @return the 1-based line the row starts on */
        long line();

        /** @return the values of the declared extra columns ({@link CsvTable#extraColumns()}), for the output */
        List<String> extras();
    }

    /**
     * A row to screen.
     *
     * @param line   the line it starts on
     * @param query  the query
     * @param extras the values of the declared extra columns
     */
    public record Good(long line, Query query, List<String> extras) implements Row {
        /** Copies. */
        public Good {
            extras = List.copyOf(extras);
        }

        /** A row with no extra columns. */
        public Good(long line, Query query) {
            this(line, query, List.of());
        }
    }

    /**
     * A row refused, with file and line in its problem.
     *
     * @param line    the line it starts on
     * @param problem what is wrong, naming file, line and column
     * @param id      the row's id as written (empty when the row could not be read at all)
     * @param extras  the values of the declared extra columns (empty when the row could not be read at all)
     */
    public record Refused(long line, CsvException problem, String id, List<String> extras) implements Row {
        /** Copies. */
        public Refused {
            extras = List.copyOf(extras);
        }

        /** A refused row with no extra columns. */
        public Refused(long line, CsvException problem, String id) {
            this(line, problem, id, List.of());
        }

        /** A row that could not be read at all: no id to give. */
        public Refused(long line, CsvException problem) {
            this(line, problem, "");
        }
    }

    /**
     * @return a row's extra values padded to the table's declared extra columns (a row that could not be read has
     *     none), so every output row has the header's width
     */
    public static List<String> extras(CsvTable table, Row row) {
        List<String> out = new java.util.ArrayList<>(row.extras());
        while (out.size() < table.extraColumns().size()) {
            out.add("");
        }
        return out;
    }

    /**
     * The problem's message without the "file:line: " its exception starts with, for reports that give the place
     * in columns of their own.
     */
    public static String reason(CsvException e) {
        return e.reason();
    }

    /** Opens a party CSV from text; a header without {@code id} and {@code name} is a CsvException naming the file. */
    public static CsvTable open(String file, Reader in) throws IOException {
        return CsvTable.open(file, in, COLUMNS);
    }

    /** Opens a party CSV from bytes in {@code charset}; a column it does not take is refused naming it. */
    public static CsvTable open(String file, InputStream in, Charset charset) throws IOException {
        return open(file, in, charset, List.of());
    }

    /** As {@link #open(String, InputStream, Charset)}, carrying the user's {@code extra} columns through unread. */
    public static CsvTable open(String file, InputStream in, Charset charset, java.util.Collection<String> extra)
            throws IOException {
        return CsvTable.open(file, in, charset, COLUMNS.withExtra(extra));
    }

    /**
     * The next row, or null at the end; a row the CSV reader cannot read is a {@link Refused} like any other.
     */
    public static Row next(CsvTable table) throws IOException {
        return next(table, "id");
    }

    /**
     * The next row whose key is in {@code idColumn} ({@code id} for batch screening, {@code key} in the partner
     * master), or null at the end.
     */
    public static Row next(CsvTable table, String idColumn) throws IOException {
        CsvTable.Row r;
        try {
            r = table.next();
        } catch (CsvException e) {
            return new Refused(e.line(), e);
        }
        return r == null ? null : parse(r, idColumn);
    }

    /** One row's query, or its refusal naming the column. */
    public static Row parse(CsvTable.Row r) {
        return parse(r, "id");
    }

    /** One row's query, its key read from {@code idColumn}, or its refusal naming the column. */
    public static Row parse(CsvTable.Row r, String idColumn) {
        try {
            return new Good(r.line(), query(r::get, idColumn), r.extras());
        } catch (BadRequestException e) {
            return new Refused(r.line(), r.error(e.field(), e.reason()), r.get(idColumn), r.extras());
        }
    }

    /**
     * The query of a party row whose columns are read by name (trimmed, the empty string when absent): the one
     * check of a party row, whatever carries it (a CSV line, a partner record, a Spark row).
     *
     * @param column    a column's value by name
     * @param idColumn  the key column ({@code id}, or {@code key} in the partner master)
     * @throws BadRequestException naming the column that is wrong
     */
    public static Query query(java.util.function.Function<String, String> column, String idColumn) {
        String id = column.apply(idColumn);
        if (id.isEmpty()) {
            throw new BadRequestException(idColumn, "empty");
        }
        String identifiers = column.apply("identifiers");
        return PartyInput.query(PartyInput.Fields.CSV, id, column.apply("name"), column.apply("country"),
                column.apply("type"), column.apply("dob"),
                identifiers.isEmpty() ? List.of() : List.of(identifiers.split(";")));
    }
}
