package dev.clearance.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads Spark rows as party rows: a column by name, case-insensitively, trimmed, the empty string when
 * absent or empty, as {@link dev.clearance.csv.CsvTable.Row#get} gives them, for
 * {@link dev.clearance.matching.PartyRows#query}: the one check of a party row, shared with {@code screen --in},
 * the API's batch upload and the partner master.
 */
final class PartyRows implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    /** Columns a partner file must have. */
    static final List<String> REQUIRED = dev.clearance.matching.PartyRows.REQUIRED;

    private final HashMap<String, Integer> index = new HashMap<>();

    PartyRows(StructType schema) {
        String[] names = schema.fieldNames();
        for (int i = 0; i < names.length; i++) {
            index.putIfAbsent(columnKey(names[i]), i);
        }
    }

    /** How a header name is matched: the one rule of every way in, {@link dev.clearance.csv.CsvTable#columnKey}. */
    static String columnKey(String header) {
        return dev.clearance.csv.CsvTable.columnKey(header);
    }

    /** The row's columns by name. */
    Function<String, String> of(Row row) {
        return column -> {
            Integer i = index.get(columnKey(column));
            if (i == null || row.isNullAt(i)) {
                return "";
            }
            return row.getString(i).trim();
        };
    }

    /** The line the row starts on in its file ({@link PartnerFiles#LINE}), or null (Parquet). */
    Long line(Row row) {
        Integer i = index.get(PartnerFiles.LINE.toLowerCase(Locale.ROOT));
        return i == null || row.isNullAt(i) ? null : row.getLong(i);
    }

    /** Why the CSV reader could not read the row ({@link PartnerFiles#PROBLEM}), or null. */
    String problem(Row row) {
        Integer i = index.get(PartnerFiles.PROBLEM.toLowerCase(Locale.ROOT));
        return i == null || row.isNullAt(i) ? null : row.getString(i);
    }

    /** The source file of the row ({@link PartnerFiles#FILE}), or the empty string. */
    String file(Row row) {
        Integer i = index.get(PartnerFiles.FILE.toLowerCase(Locale.ROOT));
        return i == null || row.isNullAt(i) ? "" : row.getString(i);
    }
}
