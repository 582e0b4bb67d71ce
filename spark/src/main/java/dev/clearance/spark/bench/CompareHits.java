package dev.clearance.spark.bench;

import dev.clearance.csv.CsvTable;
import dev.clearance.matching.BatchScreening;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Compares two hit outputs (a {@code screen --in} CSV, or a Spark {@code hits} folder of part files) row by
 * row after sorting by query and rank; prints the counts and the first differences; exit status 0 when
 * they are identical, 1 otherwise. With a third argument, a {@code changes} folder of a delta run, only
 * the rows of A whose entry was added or changed are compared (A a full run, B the delta run).
 *
 * <p>{@code java -cp ... dev.clearance.spark.bench.CompareHits A B [CHANGES]}
 */
public final class CompareHits {
    private CompareHits() {
    }

    public static void main(String[] args) throws IOException {
        List<List<String>> a = rows(Path.of(args[0]));
        if (args.length > 2) {
            java.util.Set<String> changed = new java.util.HashSet<>();
            for (Path f : parts(Path.of(args[2]))) {
                try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                     CsvTable t = CsvTable.open(f.toString(), r, List.of("entry_id", "change"))) {
                    for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                        if (!row.get("change").equals("removed")) {
                            changed.add(row.get("entry_id"));
                        }
                    }
                }
            }
            a = a.stream().filter(r -> changed.contains(r.get(2))).toList();
            System.out.println(changed.size() + " added or changed entries");
        }
        List<List<String>> b = rows(Path.of(args[1]));
        int shown = 0;
        int differences = 0;
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            List<String> x = i < a.size() ? a.get(i) : null;
            List<String> y = i < b.size() ? b.get(i) : null;
            if (x == null || !x.equals(y)) {
                differences++;
                if (shown++ < 10) {
                    System.out.println("row " + (i + 1) + ": " + x + " | " + y);
                }
            }
        }
        System.out.println(args[0] + ": " + a.size() + " hit rows; " + args[1] + ": " + b.size() + " hit rows; "
                + (differences == 0 ? "identical" : differences + " row(s) differ"));
        System.exit(differences == 0 ? 0 : 1);
    }

    /** The hit rows of a CSV file or of every {@code part-*} file of a folder, sorted by query id and rank. */
    public static List<List<String>> rows(Path path) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Path f : parts(path)) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                 CsvTable t = CsvTable.open(f.toString(), r, BatchScreening.HEADER)) {
                for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                    List<String> values = new ArrayList<>();
                    for (String c : BatchScreening.HEADER) {
                        values.add(row.get(c));
                    }
                    rows.add(values);
                }
            }
        }
        rows.sort(Comparator.<List<String>, String>comparing(r -> r.get(0))
                .thenComparingInt(r -> Integer.parseInt(r.get(1))));
        return rows;
    }

    /** The file, or the {@code part-*} files of a Spark output folder. */
    private static List<Path> parts(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> s = Files.list(path)) {
            return s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }
}
