package dev.clearance.benchmarks;

import dev.clearance.evaluation.AlertBenchmark;
import dev.clearance.evaluation.ListCatalogue;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Screening queries per second on one thread with every list in {@code ../shared/data/lists} loaded
 * (about 64,000 names), over a fixed, shuffled sample of 2,048 person queries: 1,365 yente negatives
 * (negatives_global.csv, with their nationality and date of birth) and the 683 treated UN positives
 * (typos, swaps). Measured against the best simple alternative, in the same run: scoring every listed
 * name, normalised once at build time, with the same scorer and weights ({@link Screener#screenExhaustively}),
 * which returns the same hits. Both use the default threshold and top 10.
 *
 * <ul>
 *   <li>{@code screen}: the screener as shipped (its memo of per-word index lookups warms up on the sample,
 *       as it does on a real batch where given and family names repeat);</li>
 *   <li>{@code screenWithoutMemo}: the memo off, every query word looked up afresh (the cold, worst case);</li>
 *   <li>{@code bruteForce}: every name scored; slow (about 0.2 s a query), so few, long iterations;</li>
 *   <li>{@code buildIndex}: {@code Screener.of} over the loaded entries, single shot.</li>
 * </ul>
 * The setup prints the time to load the lists and build the screener, and the heap used after a full
 * GC with the screener held. The fork runs with {@code -Xmx1g}: the target is under 1 GB of heap.
 *
 * <p>Run from the repository root: {@code java -jar benchmarks/target/benchmarks.jar Screening}
 * ({@code -Dclearance.shared=PATH} for another shared folder; it must hold {@code data/lists} and
 * {@code data/bench/yente}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class ScreeningBenchmark {
    private static final int N = 2048;
    private static final int NEGATIVES = 1365;

    private final Query[] queries = new Query[N];
    private List<ListEntry> entries;
    private Screener screener;
    private Screener withoutMemo;
    private int i;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String shared = System.getProperty("clearance.shared", "../shared");
        Path data = Path.of(shared).resolve("data");
        Path lists = data.resolve("lists");
        Path yente = data.resolve("bench/yente");
        if (!Files.isDirectory(lists) || !Files.isRegularFile(yente.resolve("negatives_global.csv"))) {
            throw new IllegalStateException("shared data not found: need " + lists.toAbsolutePath() + " and "
                    + yente.toAbsolutePath() + "/negatives_global.csv; run from the repository root or pass"
                    + " -Dclearance.shared=PATH (the folder holding data/)");
        }
        long before = usedAfterGc();
        long t0 = System.nanoTime();
        entries = ListCatalogue.all(lists);
        long t1 = System.nanoTime();
        screener = Screener.of(entries);
        long t2 = System.nanoTime();
        long held = usedAfterGc();
        withoutMemo = Screener.of(entries, 0);

        List<Query> negatives = AlertBenchmark.people(List.of(yente.resolve("negatives_global.csv")));
        List<Query> positives = AlertBenchmark.people(List.of(yente.resolve("positives_un_treated.csv")));
        List<Query> sample = new ArrayList<>(negatives.subList(0, NEGATIVES));
        sample.addAll(positives.subList(0, Math.min(positives.size(), N - NEGATIVES)));
        Collections.shuffle(sample, new Random(42));
        for (int k = 0; k < N; k++) {
            queries[k] = sample.get(k % sample.size());
        }
        System.out.printf(Locale.ROOT, "%n[screening] %d entries, %d names; load %.2f s, build %.2f s;"
                        + " heap used after GC: %.0f MB with the screener held (%.0f MB before loading)%n",
                entries.size(), screener.nameCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, held / 1e6, before / 1e6);
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int k = 0; k < 3; k++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    @Benchmark
    @Warmup(iterations = 5, time = 3)
    @Measurement(iterations = 5, time = 3)
    public List<Match> screen() {
        return screener.screen(queries[i++ & (N - 1)], Screener.DEFAULT_THRESHOLD, 10);
    }

    @Benchmark
    @Warmup(iterations = 5, time = 3)
    @Measurement(iterations = 5, time = 3)
    public List<Match> screenWithoutMemo() {
        return withoutMemo.screen(queries[i++ & (N - 1)], Screener.DEFAULT_THRESHOLD, 10);
    }

    /** Brute force: every listed name scored. About 5 queries/s, so 1 warm-up and 3 measured iterations of 5 s. */
    @Benchmark
    @Warmup(iterations = 1, time = 5)
    @Measurement(iterations = 3, time = 5)
    public List<Match> bruteForce() {
        return screener.screenExhaustively(queries[(i++ * 7) & (N - 1)], Screener.DEFAULT_THRESHOLD, 10);
    }

    /** Building the screener (normalising and indexing every name) from loaded entries. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public Screener buildIndex() {
        return Screener.of(entries);
    }
}
