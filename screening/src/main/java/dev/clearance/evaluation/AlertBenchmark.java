package dev.clearance.evaluation;

import dev.clearance.csv.CsvTable;
import dev.clearance.lists.EntityType;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Share of yente benchmark people (full_name, date_of_birth, nationality) that raise an alert. */
public final class AlertBenchmark {
    /**
     * Alert rate over one or more files.
     *
     * @param people  rows read
     * @param alerts  rows with at least one hit at the threshold
     * @param samples a few names on the minority side (misses for positives, alerts for negatives)
     * @param nanos   wall-clock time spent screening
     */
    public record Rate(int people, int alerts, List<String> samples, long nanos) {
        public double share() {
            return people == 0 ? 0 : (double) alerts / people;
        }

        /** Screened queries per second, all threads together. */
        public double queriesPerSecond() {
            return nanos == 0 ? 0 : people * 1e9 / nanos;
        }
    }

    /** Names kept as samples per run: 40, or the system property {@code clearance.evaluation.samples}. */
    private static final int SAMPLES = Integer.getInteger("clearance.evaluation.samples", 40);

    private AlertBenchmark() {
    }

    /** Reads the people of yente CSV files as person queries with their date of birth and nationality. */
    public static List<Query> people(List<Path> files) throws IOException {
        List<Query> out = new ArrayList<>();
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
                 CsvTable t = CsvTable.open(f.getFileName().toString(), r, List.of("full_name"))) {
                for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                    String dob = row.get("date_of_birth");
                    String nat = row.get("nationality");
                    out.add(new Query(f.getFileName() + ":" + row.line(), row.get("full_name"),
                            nat.isEmpty() ? null : nat, EntityType.PERSON, dob.isEmpty() ? null : dob, List.of()));
                }
            }
        }
        return out;
    }

    /** The same people screened by name and type only: no date of birth, no nationality. */
    public static List<Query> namesOnly(List<Query> people) {
        List<Query> out = new ArrayList<>(people.size());
        for (Query q : people) {
            out.add(new Query(q.id(), q.name(), null, q.type(), null, List.of()));
        }
        return out;
    }

    /** Screens every query (in parallel) and counts those with a hit at {@code threshold}. */
    public static Rate rate(Screener screener, List<Query> queries, double threshold, boolean sampleAlerts) {
        AtomicInteger alerts = new AtomicInteger();
        List<String> samples = java.util.Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        IntStream.range(0, queries.size()).parallel().forEach(i -> {
            Query q = queries.get(i);
            var hits = screener.screen(q, threshold, 1);
            if (!hits.isEmpty()) {
                alerts.incrementAndGet();
            }
            if (hits.isEmpty() != sampleAlerts && samples.size() < SAMPLES) {
                samples.add(q.name() + (hits.isEmpty() ? "" : " => " + hits.get(0).explanation().render()
                        + " [" + hits.get(0).matchedName() + "]"));
            }
        });
        return new Rate(queries.size(), alerts.get(), List.copyOf(samples), System.nanoTime() - start);
    }
}
