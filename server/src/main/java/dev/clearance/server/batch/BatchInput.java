package dev.clearance.server.batch;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.lists.EntityType;
import dev.clearance.matching.Normaliser;
import dev.clearance.matching.Query;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/** The uploaded CSV of a batch job ({@code id,name[,country,type,dob]}), read row by row, numbered from 1. */
public final class BatchInput {
    /** Required columns. */
    public static final List<String> REQUIRED = List.of("id", "name");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

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
     * Counts the rows, checking the header and the CSV syntax up front so a job never fails on a malformed file.
     *
     * @throws CsvException naming the line at fault
     */
    public static int count(String csv) {
        int[] n = {0};
        read(csv, 1, (row, stop) -> n[0]++);
        return n[0];
    }

    /**
     * Reads rows from {@code fromRow} on.
     *
     * @param each called with each row and a flag to set for stopping
     */
    public static void read(String csv, int fromRow, BiConsumer<Row, boolean[]> each) {
        try (CsvTable table = CsvTable.open("upload", new StringReader(csv), REQUIRED)) {
            int rowNo = 0;
            boolean[] stop = {false};
            for (CsvTable.Row r = table.next(); r != null && !stop[0]; r = table.next()) {
                rowNo++;
                if (rowNo >= fromRow) {
                    each.accept(row(rowNo, r), stop);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(int rowNo, CsvTable.Row r) {
        String name = r.get("name");
        String type = r.get("type");
        String dob = r.get("dob");
        String refusal = null;
        if (r.get("id").isEmpty()) {
            refusal = "column id: empty";
        } else if (name.isEmpty() || Normaliser.normalise(name).tokens().isEmpty()) {
            refusal = "column name: no letters or digits to match on";
        } else if (!type.isEmpty() && EntityType.parse(type) == null) {
            refusal = "column type: '" + type + "' is not person, organization, vessel or aircraft";
        } else if (!dob.isEmpty() && !DATE.matcher(dob).matches()) {
            refusal = "column dob: '" + dob + "' is not YYYY, YYYY-MM or YYYY-MM-DD";
        }
        if (refusal != null) {
            return new Row(rowNo, r.line(), null, refusal);
        }
        String country = r.get("country");
        return new Row(rowNo, r.line(), new Query(r.get("id"), name, country.isEmpty() ? null : country,
                type.isEmpty() ? null : EntityType.parse(type), dob.isEmpty() ? null : dob, List.of()), null);
    }
}
