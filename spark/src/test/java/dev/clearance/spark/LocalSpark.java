package dev.clearance.spark;

import dev.clearance.csv.CsvTable;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** One lean {@code local[2]} session for every test in the JVM, and readers of the CSV outputs. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("clearance-spark-test")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }

    /** The data rows of every part file in a Spark CSV output folder, header checked against {@code header}. */
    static List<List<String>> readParts(Path dir, List<String> header) throws IOException {
        List<Path> parts;
        try (Stream<Path> s = Files.list(dir)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Path p : parts) {
            rows.addAll(read(p.toString(), Files.newBufferedReader(p, StandardCharsets.UTF_8), header));
        }
        return rows;
    }

    /** The data rows of one headed CSV. */
    static List<List<String>> read(String name, Reader in, List<String> header) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvTable t = CsvTable.open(name, in, header)) {
            if (!t.header().equals(header)) {
                throw new AssertionError(name + ": header " + t.header() + ", expected " + header);
            }
            for (CsvTable.Row r = t.next(); r != null; r = t.next()) {
                rows.add(r.fields());
            }
        }
        return rows;
    }

    static List<List<String>> read(String csv, List<String> header) throws IOException {
        return read("batch", new StringReader(csv), header);
    }

    /** Rows in query order, then rank: the order {@code screen --in} writes for input in query-id order. */
    static List<List<String>> sorted(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>(rows);
        out.sort(Comparator.<List<String>, String>comparing(r -> r.get(0)).thenComparingInt(r -> Integer.parseInt(r.get(1))));
        return out;
    }
}
