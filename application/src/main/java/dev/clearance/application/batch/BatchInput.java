package dev.clearance.application.batch;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.matching.PartyRows;
import dev.clearance.matching.normalise.Query;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The uploaded CSV of a batch job ({@code id,name[,country,type,dob]}), read row by row, numbered from 1, by the
 * one party-row reader ({@link PartyRows}) the CLI uses too.
 */
public final class BatchInput {
    /** Required columns. */
    public static final List<String> REQUIRED = PartyRows.REQUIRED;

    private BatchInput() {
    }

    /**
     * One input row: a query, or why the row cannot be screened.
     *
     * @param rowNo row number, from 1
     * @param line line of the file
     * @param query the query, or null when refused
     * @param refusal why the row was not screened, or null
     * @param extra the declared extra columns with the row's values, in order (carried to its result unread)
     */
    public record Row(int rowNo, long line, Query query, String refusal, java.util.Map<String, String> extra) {
        /** Copies, keeping the order. */
        public Row {
            extra = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
        }

        /** A row with no extra columns. */
        public Row(int rowNo, long line, Query query, String refusal) {
            this(rowNo, line, query, refusal, java.util.Map.of());
        }
    }

    /**
     * Counts the rows, checking the header up front so a job never fails on a malformed file; rows the reader
     * cannot read are counted (each gets a result naming its line), exactly as {@link #read} hands them over.
     *
     * @throws CsvException naming the file when the header is missing or lacks id or name
     */
    public static int count(String csv) {
        return count(csv, List.of());
    }

    /**
     * As {@link #count(String)}, taking the declared {@code extra} columns.
     *
     * @throws CsvException naming the column when the header has one the batch does not take and was not declared
     */
    public static int count(String csv, java.util.Collection<String> extra) {
        // rows only, not their validation: a row the reader or the validation refuses is still a row with a result
        try (CsvTable table = open(csv, extra)) {
            int n = 0;
            while (true) {
                try {
                    if (table.next() == null) {
                        return n;
                    }
                } catch (CsvException e) {
                    // an unreadable row is counted: it gets its result (the error) like any other
                }
                n++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads rows from {@code fromRow} on.
     *
     * @param each called with each row and a flag to set for stopping
     */
    public static void read(String csv, int fromRow, BiConsumer<Row, boolean[]> each) {
        read(csv, List.of(), fromRow, each);
    }

    /** As {@link #read(String, int, BiConsumer)}, taking the declared {@code extra} columns to each row. */
    public static void read(String csv, List<String> extra, int fromRow, BiConsumer<Row, boolean[]> each) {
        try (CsvTable table = open(csv, extra)) {
            int rowNo = 0;
            boolean[] stop = {false};
            for (PartyRows.Row r = PartyRows.next(table); r != null && !stop[0]; r = PartyRows.next(table)) {
                rowNo++;
                if (rowNo >= fromRow) {
                    each.accept(row(rowNo, r, table), stop);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CsvTable open(String csv, java.util.Collection<String> extra) throws IOException {
        return CsvTable.open("upload", new StringReader(csv), PartyRows.COLUMNS.withExtra(extra));
    }

    private static Row row(int rowNo, PartyRows.Row r, CsvTable table) {
        java.util.Map<String, String> extra = new java.util.LinkedHashMap<>();
        List<String> values = PartyRows.extras(table, r);
        for (int i = 0; i < table.extraColumns().size(); i++) {
            extra.put(table.extraColumns().get(i), values.get(i));
        }
        if (r instanceof PartyRows.Refused refused) {
            CsvException e = refused.problem();
            return new Row(rowNo, r.line(), null, e.reason(), extra);
        }
        return new Row(rowNo, r.line(), ((PartyRows.Good) r).query(), null, extra);
    }
}
