package dev.clearance.benchmarks;

import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.EndUse;
import dev.clearance.determination.ExportRequest;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Determinations per second on one thread over a mixed set of requests (all four regimes: JP, KR, US, EU via DE; listed,
 * US-only and unlisted goods, HS codes, every end use, prohibited destinations, dates 2019-2027), against the baseline of only looking up the
 * destination's standing, which every determination must do anyway, and against the engine with its
 * memo turned off. A second pair measures the sanctions layer alone: requests to sanctioned destinations (Russia,
 * Belarus, North Korea, Iran, China, Ukraine with its regions) through the bundled regimes, against the same requests
 * through the same regimes with their sanctions measures taken away (the simple alternative the layer must stay close
 * to; issue 17 asks for throughput within 20 %).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Determination}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DeterminationBenchmark {
    private static final int N = 4096;
    private final ExportRequest[] requests = new ExportRequest[N];
    private DeterminationEngine engine;
    private DeterminationEngine uncached;
    private Regime jp;
    private int i;
    private final ExportRequest[] sanctioned = new ExportRequest[N];
    private final Regime[] withLayer = new Regime[N];
    private final Regime[] withoutLayer = new Regime[N];

    @Setup
    public void setUp() {
        engine = DeterminationEngine.bundled();
        uncached = new DeterminationEngine(RegimeData.bundled(), false);
        jp = RegimeData.bundled().require("JP");
        Random random = new Random(42);
        String[] to = {"KR", "US", "CN", "TH", "SS", "DE", "RU", "JP", "KP", "MX", "LR", "IR", "IT", "UA", "SY", "NL"};
        String[] items = {"3C002", "3C002.a.2", "1C009.b", "1C350", "2B001", "5A002", "3E001", "9A101", "3A090",
            "5A992", null, null, null, null, null, null};
        // Value for the US LVS limit on some requests.
        java.math.BigDecimal[] values = {null, new java.math.BigDecimal("2000"), new java.math.BigDecimal("5000")};
        String[] hs = {null, "8458", "8479", "2811", "0901", "8542", null, null};
        for (int k = 0; k < N; k++) {
            String from = new String[] {"JP", "KR", "US", "DE"}[random.nextInt(4)];
            String dest = to[random.nextInt(to.length)];
            if (dest.equals(from)) {
                dest = "US";
            }
            LocalDate day = from.equals("US") ? LocalDate.parse("2026-07-23").plusDays(random.nextInt(400))
                    : LocalDate.parse("2019-01-01").plusDays(random.nextInt(3100));
            if (from.equals("DE") && dest.equals("DE")) {
                dest = "CN";
            }
            requests[k] = new ExportRequest(from, dest, items[random.nextInt(items.length)], null,
                    hs[random.nextInt(hs.length)], day,
                    EndUse.values()[random.nextInt(EndUse.values().length)], null, random.nextInt(10) == 0);
            java.math.BigDecimal v = values[random.nextInt(values.length)];
            if (v != null) {
                requests[k] = requests[k].withValue(v, "USD");
            }
            try {
                engine.determine(requests[k]);
            } catch (dev.clearance.input.BadRequestException e) {
                k--; // Only answerable requests (e.g. no US-only code under the EU's list); draw again.
            }
        }
        sanctionedRequests(random);
    }

    /** Requests to sanctioned destinations, each with its exporter's regime with and without the sanctions layer. */
    private void sanctionedRequests(Random random) {
        String[] to = {"RU", "BY", "KP", "IR", "CN", "UA", "UA", "MO"};
        String[] regions = {null, "UA-43", "UA-DNR", "UA-30", "UA-65-NGCA"};
        String[] items = {"3C002", "3A001", "3B001", "5A002", null, null, null};
        String[] hs = {null, "847150", "854231", "0901", "8429", "8703"};
        EndUse[] uses = {EndUse.CIVIL, EndUse.CIVIL, EndUse.MILITARY, EndUse.UNKNOWN, EndUse.SUPERCOMPUTER,
            EndUse.SEMICONDUCTOR_EQUIPMENT};
        java.util.Map<String, Regime> bare = new java.util.HashMap<>();
        for (int k = 0; k < N; k++) {
            String from = new String[] {"JP", "KR", "US", "DE"}[random.nextInt(4)];
            String jurisdiction = from.equals("DE") ? "EU" : from;
            Regime regime = RegimeData.bundled().require(jurisdiction);
            String dest = to[random.nextInt(to.length)];
            LocalDate day = from.equals("US") ? LocalDate.parse("2026-07-23").plusDays(random.nextInt(400))
                    : LocalDate.parse("2021-01-01").plusDays(random.nextInt(1800));
            String region = dest.equals("UA") ? regions[random.nextInt(regions.length)] : null;
            sanctioned[k] = new ExportRequest(from, dest, items[random.nextInt(items.length)], null,
                    hs[random.nextInt(hs.length)], day, uses[random.nextInt(uses.length)], null, false, null, null,
                    region);
            withLayer[k] = regime;
            withoutLayer[k] = bare.computeIfAbsent(jurisdiction, j -> regime.withSanctions(java.util.List.of(),
                    regime.version() + "-bare"));
            try {
                uncached.determine(regime, sanctioned[k]);
            } catch (dev.clearance.input.BadRequestException e) {
                k--; // an item the regime's list does not hold (a US-only ECCN under the EU's list): draw again
            }
        }
    }

    @Benchmark
    public Determination determine() {
        return engine.determine(requests[i++ & (N - 1)]);
    }

    /** The engine without its memo: every request evaluated from the rules. */
    @Benchmark
    public Determination determineUncached() {
        return uncached.determine(requests[i++ & (N - 1)]);
    }

    /** Sanctioned destinations through the whole engine, sanctions layer included (no memo, so every rule runs). */
    @Benchmark
    public Determination sanctionedWithLayer() {
        int k = i++ & (N - 1);
        return uncached.determine(withLayer[k], sanctioned[k]);
    }

    /** The same requests through the same regimes without their sanctions measures: the layer's cost is the difference. */
    @Benchmark
    public Determination sanctionedWithoutLayer() {
        int k = i++ & (N - 1);
        return uncached.determine(withoutLayer[k], sanctioned[k]);
    }

    @Benchmark
    public Standing baselineStandingOnly() {
        ExportRequest r = requests[i++ & (N - 1)];
        return jp.standing(r.to(), r.date());
    }
}
