package dev.clearance.spark;

import dev.clearance.csv.CsvException;
import dev.clearance.lists.ListDelta;
import dev.clearance.lists.ListEntry;
import dev.clearance.lists.ListSpecs;
import dev.clearance.matching.Screener;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code clearance spark-screen}: screens a partner file on Spark and writes {@code DIR/hits} (the
 * columns of {@code screen --in}), {@code DIR/refused} and, with {@code --delta-from}, {@code DIR/changes}.
 * Started by {@code bin/clearance spark-screen} (local, with this module's class path) or by
 * {@code spark-submit} (a cluster). Exit status 0, 2 for bad input (one line), 1 for an internal failure.
 */
@Command(name = "spark-screen", mixinStandardHelpOptions = true,
        description = {"Screen a partner file (CSV or Parquet) against restricted-party lists on Apache Spark.",
                "Writes DIR/hits (the columns of screen --in, one CSV part file per task, each with the header),"
                        + " DIR/refused (rows that could not be screened) and, with --delta-from, DIR/changes.",
                "With --delta-from, only the entries added or changed since the old lists are screened; the"
                        + " hits are those a full run gives for these entries."})
public final class SparkScreen implements Callable<Integer> {
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;
    private static final int SHOWN_REFUSALS = 5;

    @Spec CommandSpec spec;
    @Option(names = "--master", description = "Spark master, e.g. local[2]; omit under spark-submit") String master;
    @Option(names = "--parties", required = true, description = "partner file or folder: CSV (id,name[,country,type,dob]) or Parquet") String parties;
    @Option(names = "--parties-format", description = "csv or parquet (default: parquet for *.parquet, else csv)") PartnerFiles.Format format;
    @Option(names = "--list", required = true, description = "FORMAT:PATH of the current lists, repeatable (as for screen)") List<String> lists;
    @Option(names = "--delta-from", description = "FORMAT:PATH of the previous version of the lists, repeatable: screen only added and changed entries") List<String> deltaFrom;
    @Option(names = "--out", required = true, description = "output folder; its hits/, refused/ and changes/ are replaced") String out;
    @Option(names = "--threshold", description = "lowest score reported (default 0.78, as screen)") Double threshold;
    @Option(names = "--top", defaultValue = "10", description = "most hits per partner (default ${DEFAULT-VALUE})") int top;
    @Option(names = "--encoding", paramLabel = "CHARSET", description = "encoding of a CSV partner file: UTF-8"
            + " (default, a BOM is fine), Shift_JIS, x-windows-949 (CP949), EUC-KR, windows-1252, or any other Java"
            + " knows; a line not valid in it is refused naming it") String encoding;
    @Option(names = "--extra-columns", paramLabel = "NAME,...", split = ",", description = "further partner-file"
            + " columns to carry through unread to hits/ and refused/ (after their own columns); any other CSV column"
            + " is refused, naming it (names match trimmed and ignoring case)") List<String> extraColumns;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int status;
        try {
            status = run(args, new PrintWriter(System.out, true), err);
        } catch (RuntimeException | Error e) {
            err.println("clearance: internal error: " + e + " (please report it with the command line)");
            status = 1;
        }
        System.exit(status);
    }

    /** Runs one command line; returns the exit status. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new SparkScreen()).setCommandName("clearance spark-screen");
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("clearance: " + ex.getMessage());
            err.println("try: clearance spark-screen --help");
            err.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler((ex, c, parsed) -> {
            String message;
            int status = BAD_INPUT;
            if (ex instanceof IllegalArgumentException || ex instanceof PartnerFileException || ex instanceof CsvException) {
                message = ex.getMessage();
            } else {
                status = 1;
                message = "internal error: " + ex + " (please report it with the command line)";
            }
            err.println("clearance: " + message);
            err.flush();
            return status;
        });
        return cmd.execute(args);
    }

    @Override
    public Integer call() {
        double t = threshold == null ? Screener.DEFAULT_THRESHOLD : threshold;
        if (t < 0 || t > 1) {
            throw new IllegalArgumentException("--threshold: must be between 0 and 1, not " + t);
        }
        if (top < 1) {
            throw new IllegalArgumentException("--top: must be at least 1");
        }
        java.nio.charset.Charset cs = charset();
        List<String> extra = extraColumns();
        PrintWriter err = spec.commandLine().getErr();
        ListSpecs.Loaded loaded = ListSpecs.load(lists, List.of(), w -> err.println("clearance: " + w));
        List<ListEntry> entries = loaded.entries();
        ListDelta delta = null;
        ScreeningLists screening = ScreeningLists.full(entries);
        if (deltaFrom != null && !deltaFrom.isEmpty()) {
            List<ListEntry> old = ListSpecs.load(deltaFrom, w -> err.println("clearance: --delta-from: " + w));
            delta = ListDelta.between(old, entries);
            screening = ScreeningLists.only(entries, delta.toScreen());
        }
        screening.withVersions(entries, loaded::versionOf);
        if (delta != null) {
            err.println("clearance: delta: " + delta.added().size() + " added, " + delta.changed().size()
                    + " changed, " + delta.removed().size() + " removed entr(ies)");
        }
        err.flush();
        // A session already running in this JVM (a test's, a notebook's) is used and left running.
        boolean ours = SparkSession.getDefaultSession().isEmpty();
        SparkSession spark = session(master);
        try {
            PartnerFiles.Format f = format == null ? PartnerFiles.guess(parties) : format;
            Dataset<Row> partners = PartnerFiles.read(spark, parties, f, spark.sparkContext().defaultParallelism(),
                    cs, extra);
            SparkScreening.Outcome outcome = SparkScreening.screen(spark, partners, screening, t, top, extra);
            write(outcome.hits(), out + "/hits");
            write(outcome.refused(), out + "/refused");
            if (delta != null) {
                List<Row> rows = new ArrayList<>();
                delta.rows().forEach(r -> rows.add(RowFactory.create(r.toArray())));
                write(spark.createDataFrame(rows, DataTypes.createStructType(List.of(
                        DataTypes.createStructField("entry_id", DataTypes.StringType, false),
                        DataTypes.createStructField("change", DataTypes.StringType, false)))).coalesce(1), out + "/changes");
            }
            SparkScreening.Counts counts = outcome.counts();
            long hits = counts.hits();
            long refusedCount = counts.refused();
            long screened = counts.rows() - refusedCount;
            List<Row> refused = refusedCount == 0 ? List.of() : outcome.refused().takeAsList(SHOWN_REFUSALS);
            for (Row r : refused) {
                err.println("clearance: " + r.getString(0) + (r.isNullAt(3) ? "" : ":" + r.getLong(3)) + ": id '"
                        + r.getString(1) + "': " + r.getString(2));
            }
            if (refusedCount > refused.size()) {
                err.println("clearance: ... and " + (refusedCount - refused.size()) + " more; all in " + out + "/refused");
            }
            err.println("clearance: " + screened + " part(ies) screened, " + refusedCount + " rejected, " + hits + " hit(s)"
                    + (delta == null ? "" : " on " + delta.toScreen().size() + " added or changed entr(ies)")
                    + "; wrote " + out + "/hits");
            err.flush();
            outcome.release();
            return refusedCount == 0 ? 0 : BAD_INPUT;
        } finally {
            if (ours) {
                spark.stop();
            }
        }
    }

    /** A session on the given master, or on the one spark-submit configured when {@code master} is null. */
    /**
     * The declared {@code --extra-columns}, one per column key, as declared; one named like a party or output
     * column is refused (the rows would hold two columns of that name).
     */
    private List<String> extraColumns() {
        List<String> declared = List.copyOf(dev.clearance.csv.CsvTable.Columns.of(List.of(), List.of())
                .withExtra(extraColumns == null ? List.of() : extraColumns).extra());
        List<String> taken = new ArrayList<>(dev.clearance.matching.BatchScreening.HEADER);
        taken.addAll(List.of("file", "query_id", "problem", "line"));
        taken.addAll(PartnerCsv.COLUMNS);
        try {
            dev.clearance.csv.CsvTable.outputHeader(taken, declared);
        } catch (dev.clearance.input.BadRequestException e) {
            throw new IllegalArgumentException("--extra-columns: " + e.reason());
        }
        return declared;
    }

    /** The {@code --encoding}, UTF-8 by default; an unknown one is bad input naming the option. */
    private java.nio.charset.Charset charset() {
        if (encoding == null) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
        try {
            return java.nio.charset.Charset.forName(encoding.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--encoding: unknown encoding '" + encoding
                    + "'; name one Java knows, e.g. UTF-8, Shift_JIS, x-windows-949, EUC-KR, windows-1252");
        }
    }

    static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("clearance spark-screen")
                .config("spark.ui.showConsoleProgress", "false");
        if (master != null) {
            b.master(master);
        }
        return b.getOrCreate();
    }

    /** Writes (replacing, as {@code screen --out} replaces its file) one CSV folder of the output. */
    static void write(Dataset<Row> rows, String dir) {
        rows.write().mode(SaveMode.Overwrite)
                .option("header", true)
                .option("escape", "\"")
                .csv(dir);
    }
}
