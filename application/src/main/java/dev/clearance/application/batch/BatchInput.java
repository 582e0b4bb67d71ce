package dev.clearance.application.batch;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.matching.PartyRows;
import dev.clearance.matching.Query;
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
     */
    public record Row(int rowNo, long line, Query query, String refusal) {
    }

    /**
     * Counts the rows, checking the header up front so a job never fails on a malformed file; rows the reader
     * cannot read are counted (each gets a result naming its line), exactly as {@link #read} hands them over.
     *
     * @throws CsvException naming the file when the header is missing or lacks id or name
     */
    public static int count(String csv) {
        // rows only, not their validation: a row the reader or the validation refuses is still a row with a result
        try (CsvTable table = PartyRows.open("upload", new StringReader(csv))) {
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
        try (CsvTable table = PartyRows.open("upload", new StringReader(csv))) {
            int rowNo = 0;
            boolean[] stop = {false};
            for (PartyRows.Row r = PartyRows.next(table); r != null && !stop[0]; r = PartyRows.next(table)) {
                rowNo++;
                if (rowNo >= fromRow) {
                    each.accept(row(rowNo, r), stop);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(int rowNo, PartyRows.Row r) {
        if (r instanceof PartyRows.Refused refused) {
            CsvException e = refused.problem();
            return new Row(rowNo, r.line(), null, e.reason());
        }
        return new Row(rowNo, r.line(), ((PartyRows.Good) r).query(), null);
    }
}
