package dev.clearance.spark;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a partner file (CSV with a header row, or Parquet) as rows of strings, one column per party
 * field plus {@link #FILE}, the file each row came from, {@link #LINE}, the line a CSV row starts on, and
 * {@link #PROBLEM}, why a CSV row could not be read. Columns are matched by name case-insensitively
 * by {@link PartyRows}; this class only reads.
 */
public final class PartnerFiles {
    /** Name of the added column holding each row's source file. */
    public static final String FILE = "_clearance_file";
    /** Name of the added column holding the line a CSV row starts on (null for Parquet). */
    public static final String LINE = "_clearance_line";
    /** Name of the added column holding why the CSV reader could not read a row (null when it could). */
    public static final String PROBLEM = "_clearance_problem";

    /** The formats a partner file may have. */
    public enum Format { CSV, PARQUET }

    private PartnerFiles() {
    }

    /** The format a path's name suggests: Parquet for {@code *.parquet} (file or folder), CSV otherwise. */
    public static Format guess(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.endsWith(".parquet") || p.endsWith(".pq") ? Format.PARQUET : Format.CSV;
    }

    /**
     * The rows of the file; at least {@code parallelism} partitions, so that a single CSV file (read by
     * one task, because a quoted field may span lines) is still screened by every core.
     *
     * @throws PartnerFileException when the file cannot be read or lacks an {@code id} or {@code name} column
     */
    public static Dataset<Row> read(SparkSession spark, String path, Format format, int parallelism) {
        return read(spark, path, format, parallelism, java.nio.charset.StandardCharsets.UTF_8, List.of());
    }

    /**
     * As {@link #read(SparkSession, String, Format, int)}, a CSV file in {@code charset} taking the declared
     * {@code extra} columns (any other CSV column is refused naming it; a Parquet file's columns are all read).
     */
    public static Dataset<Row> read(SparkSession spark, String path, Format format, int parallelism,
                                    java.nio.charset.Charset charset, List<String> extra) {
        if (format == Format.CSV) {
            // The project's CSV reader, one task per file: each row keeps its line, and a row it cannot read is a
            // row with its problem (Spark's CSV source gives no lines and folds an unclosed quote into later rows).
            Dataset<Row> csv = PartnerCsv.read(spark, path, charset, extra);
            return csv.rdd().getNumPartitions() < parallelism ? csv.repartition(parallelism) : csv;
        }
        Dataset<Row> rows;
        try {
            rows = spark.read().parquet(path);
        } catch (Exception e) {
            if (e instanceof AnalysisException a) {
                throw new PartnerFileException(path, "cannot read as " + format.name().toLowerCase(Locale.ROOT)
                        + ": " + firstLine(a.getSimpleMessage()));
            }
            throw e;
        }
        List<String> lower = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (String c : rows.columns()) {
            if (List.of(FILE, LINE, PROBLEM).contains(c)) {
                continue; // columns of ours a file written from a read may carry; they are set afresh below
            }
            lower.add(PartyRows.columnKey(c));
            columns.add(functions.col("`" + c.replace("`", "``") + "`").cast("string"));
        }
        List<String> missing = new ArrayList<>();
        for (String required : PartyRows.REQUIRED) {
            if (!lower.contains(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new PartnerFileException(path, "lacks column(s) " + String.join(",", missing)
                    + " (found: " + String.join(",", rows.columns()) + ")");
        }
        columns.add(functions.input_file_name().as(FILE));
        columns.add(functions.lit(null).cast("long").as(LINE));
        columns.add(functions.lit(null).cast("string").as(PROBLEM));
        Dataset<Row> out = rows.select(columns.toArray(Column[]::new));
        return out.rdd().getNumPartitions() < parallelism ? out.repartition(parallelism) : out;
    }

    private static String firstLine(String s) {
        String t = s == null ? "" : s.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl);
        return t.length() > 200 ? t.substring(0, 200) + "..." : t;
    }
}
