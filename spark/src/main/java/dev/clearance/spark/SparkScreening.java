package dev.clearance.spark;

import dev.clearance.input.BadRequestException;
import dev.clearance.matching.BatchScreening;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * The screening jobs: every partner row against the lists, writing the rows {@code clearance screen --in}
 * writes ({@link BatchScreening#HEADER}, formatted by {@link BatchScreening#hitRow}).
 *
 * <p><b>Full job</b>: each partner is screened against every entry, keeping the best {@code top} hits.
 *
 * <p><b>Delta job</b> ({@link ScreeningLists#only}): the output is exactly the full job's output for the
 * entries to screen (same rows, same ranks), without screening every partner against the whole list:
 * each partner is first screened against an index of only those entries, weighted by the whole list's
 * term statistics ({@link Screener#restrictedTo}), so its scores are the full screener's; only a partner
 * that hits one is screened against the whole list, which gives its rank and applies the same
 * {@code top} cut as the full job.
 */
public final class SparkScreening {
    /** Column holding why a row was refused (null on a hit row). */
    static final String REFUSAL = "_refusal";
    /** Column of the one summary row per partition: the partner rows it read (null on other rows). */
    static final String ROWS = "_rows";
    /** Column of the line a refused CSV row starts on (null otherwise, and for Parquet). */
    static final String LINE = "line";

    private SparkScreening() {
    }

    /**
     * The outcome of a job, computed once and kept (memory, then disk) until {@link #release()}.
     *
     * @param hits    one row per hit, columns {@link BatchScreening#HEADER}
     * @param refused one row per partner row that could not be screened: {@code file,query_id,problem,line}
     * @param all     both, and a summary row per partition
     */
    public record Outcome(Dataset<Row> hits, Dataset<Row> refused, Dataset<Row> all) {
        /** Counts of partner rows read, hits written and rows refused, in one pass over the kept rows. */
        public Counts counts() {
            Row r = all.agg(functions.sum(functions.col(ROWS)),
                    functions.count(functions.when(functions.col(REFUSAL).isNull().and(functions.col(ROWS).isNull()), 1)),
                    functions.count(functions.col(REFUSAL))).first();
            return new Counts(r.isNullAt(0) ? 0 : r.getLong(0), r.getLong(1), r.getLong(2));
        }

        /** Frees the kept rows. */
        public void release() {
            all.unpersist();
        }
    }

    /**
     * What a job did.
     *
     * @param rows    partner rows read
     * @param hits    hit rows
     * @param refused partner rows refused
     */
    public record Counts(long rows, long hits, long refused) {
    }

    /** Screens the partners against the lists (full or delta, as {@code lists} says). */
    public static Outcome screen(SparkSession spark, Dataset<Row> partners, ScreeningLists lists,
                                 double threshold, int top) {
        return screen(spark, partners, lists, threshold, top, List.of());
    }

    /**
     * As {@link #screen(SparkSession, Dataset, ScreeningLists, double, int)}, carrying the declared {@code extra}
     * columns of each partner row to its hits and refusals, after their own columns.
     */
    public static Outcome screen(SparkSession spark, Dataset<Row> partners, ScreeningLists lists,
                                 double threshold, int top, List<String> extra) {
        Broadcast<ScreeningLists> shipped = spark.sparkContext().broadcast(lists,
                scala.reflect.ClassTag$.MODULE$.apply(ScreeningLists.class));
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(REFUSAL, DataTypes.StringType, true));
        fields.add(DataTypes.createStructField("file", DataTypes.StringType, true));
        for (String column : BatchScreening.HEADER) {
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
        }
        for (String column : extra) {
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(ROWS, DataTypes.LongType, true));
        fields.add(DataTypes.createStructField(LINE, DataTypes.LongType, true));
        StructType schema = DataTypes.createStructType(fields);
        ScreenPartition job = new ScreenPartition(shipped, new PartyRows(partners.schema()), threshold, top,
                BatchScreening.HEADER.size(), new ArrayList<>(extra));
        List<org.apache.spark.sql.Column> extraColumns = extra.stream().map(SparkScreening::column).toList();
        List<org.apache.spark.sql.Column> hitColumns = new ArrayList<>(BatchScreening.HEADER.stream()
                .map(functions::col).toList());
        hitColumns.addAll(extraColumns);
        List<org.apache.spark.sql.Column> refusedColumns = new ArrayList<>(List.of(functions.col("file"),
                functions.col(BatchScreening.HEADER.get(0)).as("query_id"), functions.col(REFUSAL).as("problem"),
                functions.col(LINE)));
        refusedColumns.addAll(extraColumns);
        Dataset<Row> all = spark.createDataFrame(partners.javaRDD().mapPartitions(job), schema)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> hits = all.where(functions.col(REFUSAL).isNull().and(functions.col(ROWS).isNull()))
                .select(hitColumns.toArray(org.apache.spark.sql.Column[]::new));
        Dataset<Row> refused = all.where(functions.col(REFUSAL).isNotNull())
                .select(refusedColumns.toArray(org.apache.spark.sql.Column[]::new));
        return new Outcome(hits, refused, all);
    }

    /** A column by its exact name (an extra column may hold dots or spaces). */
    private static org.apache.spark.sql.Column column(String name) {
        return functions.col("`" + name.replace("`", "``") + "`");
    }

    /** Screens the rows of one partition; runs on the executors. */
    private static final class ScreenPartition implements FlatMapFunction<Iterator<Row>, Row> {
        @Serial
        private static final long serialVersionUID = 1L;
        private final Broadcast<ScreeningLists> lists;
        private final PartyRows rows;
        private final double threshold;
        private final int top;
        private final int hitColumns;
        private final ArrayList<String> extra;

        ScreenPartition(Broadcast<ScreeningLists> lists, PartyRows rows, double threshold, int top, int hitColumns,
                        ArrayList<String> extra) {
            this.lists = lists;
            this.rows = rows;
            this.threshold = threshold;
            this.top = top;
            this.hitColumns = hitColumns + extra.size();
            this.extra = extra;
        }

        /** Puts the row's extra values after the hit columns, where the schema has them. */
        private void extras(Object[] values, Function<String, String> party) {
            int first = 2 + hitColumns - extra.size();
            for (int i = 0; i < extra.size(); i++) {
                values[first + i] = party.apply(extra.get(i));
            }
        }

        @Override
        public Iterator<Row> call(Iterator<Row> partition) {
            ScreeningLists l = lists.value();
            Screener whole = l.whole();
            Screener screened = l.screened();
            List<Row> out = new ArrayList<>();
            return new Iterator<>() {
                private int next;
                private long read;
                private boolean summarised;

                @Override
                public boolean hasNext() {
                    while (next >= out.size() && partition.hasNext()) {
                        out.clear();
                        next = 0;
                        read++;
                        screenRow(partition.next(), l, whole, screened, out);
                    }
                    if (next >= out.size() && !summarised) {
                        // Computed with the partition, so a recomputed partition counts once, unlike an accumulator.
                        summarised = true;
                        out.clear();
                        next = 0;
                        Object[] values = new Object[4 + hitColumns];
                        values[2 + hitColumns] = read;
                        out.add(RowFactory.create(values));
                    }
                    return next < out.size();
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return out.get(next++);
                }
            };
        }

        private void screenRow(Row row, ScreeningLists l, Screener whole, Screener screened, List<Row> out) {
            Function<String, String> party = rows.of(row);
            String unreadable = rows.problem(row);
            if (unreadable != null) {
                out.add(refusal(unreadable, row, party));
                return;
            }
            Query q;
            try {
                q = dev.clearance.matching.PartyRows.query(party, "id");
            } catch (BadRequestException e) {
                out.add(refusal("column " + e.field() + ": " + e.reason(), row, party));
                return;
            }
            if (l.isDelta() && screened.screen(q, threshold, Integer.MAX_VALUE).isEmpty()) {
                return;
            }
            int rank = 1;
            for (Match m : whole.screen(q, threshold, top)) {
                List<String> hit = BatchScreening.hitRow(q, rank++, m, l.versionOf(m.entry()));
                if (l.screens(m.entry().id())) {
                    Object[] values = new Object[4 + hitColumns];
                    for (int i = 0; i < hit.size(); i++) {
                        values[2 + i] = hit.get(i);
                    }
                    extras(values, party);
                    out.add(RowFactory.create(values));
                }
            }
        }

        /** A refused row: why, its file, its id and the line it starts on (null for Parquet). */
        private Row refusal(String why, Row row, Function<String, String> party) {
            Object[] values = new Object[4 + hitColumns];
            values[0] = why;
            values[1] = rows.file(row);
            values[2] = party.apply("id");
            extras(values, party);
            values[3 + hitColumns] = rows.line(row);
            return RowFactory.create(values);
        }
    }
}
