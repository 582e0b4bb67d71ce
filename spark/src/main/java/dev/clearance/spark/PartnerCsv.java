package dev.clearance.spark;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Reads partner CSV files with the project's one CSV reader ({@link dev.clearance.matching.PartyRows#open}, as
 * {@code screen --in} does), one task per file, so each row keeps the line of the file it starts on and a row the
 * reader cannot read (an unclosed quote, bytes not valid UTF-8) is a row carrying its problem, never dropped. Spark's
 * own CSV source cannot give lines: a quoted field may span lines and it skips blank ones, so a record's number is
 * not its line. Compressed files (by their extension, e.g. {@code .gz}) are read through Hadoop's codecs.
 */
final class PartnerCsv {
    /** The party columns carried ({@link dev.clearance.matching.PartyRows#query} reads no others). */
    static final List<String> COLUMNS = List.of("id", "name", "country", "type", "dob", "identifiers");

    private PartnerCsv() {
    }

    /**
     * The schema of the rows: the party columns, the declared extra columns, then the file, the line and the
     * reader's problem (or null).
     */
    static StructType schema(List<String> extra) {
        List<StructField> fields = new ArrayList<>();
        for (String c : COLUMNS) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        for (String c : extra) {
            fields.add(DataTypes.createStructField(c, DataTypes.StringType, true));
        }
        fields.add(DataTypes.createStructField(PartnerFiles.FILE, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(PartnerFiles.LINE, DataTypes.LongType, true));
        fields.add(DataTypes.createStructField(PartnerFiles.PROBLEM, DataTypes.StringType, true));
        return DataTypes.createStructType(fields);
    }

    /**
     * The rows of the CSV file(s) at {@code path} (a file, a folder or a glob).
     *
     * @throws PartnerFileException when nothing is there, or a file's header is missing or lacks id or name
     */
    static Dataset<Row> read(SparkSession spark, String path) {
        return read(spark, path, StandardCharsets.UTF_8, List.of());
    }

    /**
     * As {@link #read(SparkSession, String)}, the files in {@code charset} (a line not valid in it is refused),
     * taking the declared {@code extra} columns too (any other column is refused naming it).
     */
    static Dataset<Row> read(SparkSession spark, String path, java.nio.charset.Charset charset, List<String> extra) {
        List<String> declared = List.copyOf(CsvTable.Columns.of(List.of(), List.of()).withExtra(extra).extra());
        checkHeaders(spark.sparkContext().hadoopConfiguration(), path, charset, declared);
        JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).binaryFiles(path)
                .flatMap(new ReadFile(charset.name(), new ArrayList<>(declared)));
        return spark.createDataFrame(rows, schema(declared));
    }

    /** Opens every file on the driver first, so a file without a usable header is one clear error, not a job failure. */
    private static void checkHeaders(Configuration conf, String path, java.nio.charset.Charset charset,
                                     List<String> extra) {
        List<Path> files = new ArrayList<>();
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus[] matched = fs.globStatus(p);
            if (matched != null) {
                for (FileStatus s : matched) {
                    if (s.isDirectory()) {
                        for (FileStatus f : fs.listStatus(s.getPath())) {
                            String n = f.getPath().getName();
                            if (f.isFile() && !n.startsWith("_") && !n.startsWith(".")) {
                                files.add(f.getPath());
                            }
                        }
                    } else {
                        files.add(s.getPath());
                    }
                }
            }
            if (files.isEmpty()) {
                throw new PartnerFileException(path, "no such file");
            }
            for (Path f : files) {
                try (InputStream in = open(f, fs.open(f), conf);
                     CsvTable t = dev.clearance.matching.PartyRows.open(f.toString(), in, charset, extra)) {
                    t.header();
                } catch (CsvException e) {
                    throw new PartnerFileException(f.toString(), dev.clearance.matching.PartyRows.reason(e));
                }
            }
        } catch (IOException e) {
            throw new PartnerFileException(path, "cannot read: " + e.getMessage());
        }
    }

    private static InputStream open(Path file, InputStream raw, Configuration conf) throws IOException {
        CompressionCodec codec = new CompressionCodecFactory(conf).getCodec(file);
        return codec == null ? raw : codec.createInputStream(raw);
    }

    /** Reads one file's rows lazily on an executor. */
    private static final class ReadFile implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row>,
            Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final String charset;
        private final ArrayList<String> extra;

        ReadFile(String charset, ArrayList<String> extra) {
            this.charset = charset;
            this.extra = extra;
        }

        @Override
        public Iterator<Row> call(Tuple2<String, PortableDataStream> file) throws IOException {
            String name = file._1();
            InputStream in = open(new Path(name), file._2().open(), file._2().getConfiguration());
            return new Rows(name, in, java.nio.charset.Charset.forName(charset), extra);
        }
    }

    /** The rows of one opened file, then closes it. */
    private static final class Rows implements Iterator<Row>, Closeable {
        private final String file;
        private final InputStream in;
        private final CsvTable table;
        private final int width;
        private Row next;
        private boolean done;

        Rows(String file, InputStream in, java.nio.charset.Charset charset, List<String> extra) throws IOException {
            this.file = file;
            this.in = in;
            this.width = COLUMNS.size() + extra.size();
            CsvTable t;
            try {
                t = dev.clearance.matching.PartyRows.open(file, in, charset, extra);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
            this.table = t;
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                CsvTable.Row r;
                try {
                    r = table.next();
                } catch (CsvException e) {
                    Object[] values = new Object[width + 3];
                    values[width] = file;
                    values[width + 1] = e.line();
                    values[width + 2] = dev.clearance.matching.PartyRows.reason(e);
                    next = RowFactory.create(values);
                    return true;
                }
                if (r == null) {
                    done = true;
                    close();
                    return false;
                }
                Object[] values = new Object[width + 3];
                for (int i = 0; i < COLUMNS.size(); i++) {
                    values[i] = r.get(COLUMNS.get(i));
                }
                List<String> extras = r.extras();
                for (int i = 0; i < extras.size(); i++) {
                    values[COLUMNS.size() + i] = extras.get(i);
                }
                values[width] = file;
                values[width + 1] = r.line();
                next = RowFactory.create(values);
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": cannot read", e);
            }
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = next;
            next = null;
            return r;
        }

        @Override
        public void close() throws IOException {
            try {
                table.close();
            } finally {
                in.close();
            }
        }
    }
}
