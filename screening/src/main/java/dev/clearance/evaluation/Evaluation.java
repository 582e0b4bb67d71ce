package dev.clearance.evaluation;

import dev.clearance.matching.Screener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs the matcher against the shared benchmarks: nomenklatura labelled pairs (F1 vs the logic-v2
 * baseline), yente UN positives (untreated and treated) against the UN list, and yente negatives
 * against every list.
 */
public final class Evaluation {
    /**
     * Every figure of one run.
     *
     * @param pairs           our pair figures at the default threshold
     * @param pairsBest       our best-F1 threshold and its figures
     * @param baseline        logic-v2 at 0.7
     * @param untreated       UN positives as listed
     * @param treated         UN positives with typos and swaps
     * @param negatives       100,000 non-listed people against every list, with their dates of birth and nationality
     * @param negativesByName the same people by name and type only
     * @param listedNames     names indexed for the negatives run
     * @param groups          our pair figures at the default threshold per nomenklatura case group
     * @param groupsBaseline  logic-v2 at 0.7 per case group
     */
    public record Figures(PairBenchmark.Figures pairs, PairBenchmark.Figures pairsBest, PairBenchmark.Figures baseline,
                          AlertBenchmark.Rate untreated, AlertBenchmark.Rate treated, AlertBenchmark.Rate negatives,
                          AlertBenchmark.Rate negativesByName, int listedNames,
                          java.util.Map<String, PairBenchmark.Figures> groups,
                          java.util.Map<String, PairBenchmark.Figures> groupsBaseline) {
        /** A few lines for a report. */
        public String render() {
            StringBuilder perGroup = new StringBuilder();
            groups.forEach((g, f) -> perGroup.append(String.format(Locale.ROOT,
                    "%n  pairs %-16s P %.3f R %.3f F1 %.3f (logic-v2 F1 %.3f)", g, f.precision(), f.recall(), f.f1(),
                    groupsBaseline.get(g).f1())));
            return String.format(Locale.ROOT,
                    "pairs @%.2f: P %.3f R %.3f F1 %.3f; best F1 %.3f @%.2f; logic-v2 @0.70: F1 %.3f%n"
                            + "UN positives untreated: %.2f%% alert (%d/%d); treated: %.2f%% (%d/%d)%n"
                            + "negatives: %.2f%% alert (%d/%d) against %d names, %.0f queries/s%n"
                            + "negatives by name and type only: %.2f%% alert (%d/%d)%s",
                    pairs.threshold(), pairs.precision(), pairs.recall(), pairs.f1(), pairsBest.f1(),
                    pairsBest.threshold(), baseline.f1(),
                    100 * untreated.share(), untreated.alerts(), untreated.people(),
                    100 * treated.share(), treated.alerts(), treated.people(),
                    100 * negatives.share(), negatives.alerts(), negatives.people(), listedNames,
                    negatives.queriesPerSecond(), 100 * negativesByName.share(), negativesByName.alerts(),
                    negativesByName.people(), perGroup);
        }
    }

    private Evaluation() {
    }

    /** The shared data folder: system property {@code clearance.shared}, else {@code ../shared}. */
    public static Path sharedData() {
        String p = System.getProperty("clearance.shared");
        return Path.of(p == null || p.isBlank() ? "../shared" : p).resolve("data");
    }

    /** Whether the benchmark files are there. */
    public static boolean available(Path data) {
        return Files.isDirectory(data.resolve("bench")) && Files.isDirectory(data.resolve("lists"));
    }

    /** Runs every benchmark at the default threshold. */
    public static Figures run(Path data) throws IOException {
        return run(data, Screener.of(ListCatalogue.un(data.resolve("lists"))),
                Screener.of(ListCatalogue.all(data.resolve("lists"))));
    }

    /**
     * Runs every benchmark at the default threshold with screeners already built: {@code un} over
     * {@link ListCatalogue#un}, {@code every} over {@link ListCatalogue#all} (tests build them once per JVM).
     */
    public static Figures run(Path data, Screener un, Screener every) throws IOException {
        Path bench = data.resolve("bench");
        List<PairBenchmark.Case> cases = PairBenchmark.score(bench.resolve("nomenklatura"));
        double t = Screener.DEFAULT_THRESHOLD;
        AlertBenchmark.Rate untreated = AlertBenchmark.rate(un,
                AlertBenchmark.people(List.of(bench.resolve("yente/positives_un_untreated.csv"))), t, false);
        AlertBenchmark.Rate treated = AlertBenchmark.rate(un,
                AlertBenchmark.people(List.of(bench.resolve("yente/positives_un_treated.csv"))), t, false);
        List<dev.clearance.matching.normalise.Query> people = AlertBenchmark.people(List.of(
                bench.resolve("yente/negatives_global.csv"), bench.resolve("yente/negatives_us.csv")));
        AlertBenchmark.Rate negatives = AlertBenchmark.rate(every, people, t, true);
        AlertBenchmark.Rate byName = AlertBenchmark.rate(every, AlertBenchmark.namesOnly(people), t, true);
        return new Figures(PairBenchmark.at(cases, t, false), PairBenchmark.best(cases, false),
                PairBenchmark.at(cases, 0.7, true), untreated, treated, negatives, byName, every.nameCount(),
                PairBenchmark.byGroup(cases, t, false), PairBenchmark.byGroup(cases, 0.7, true));
    }

    /** Prints the figures, with sample misses and false alerts. Argument: the shared data folder (optional). */
    public static void main(String[] args) throws IOException {
        Path data = args.length > 0 ? Path.of(args[0]) : sharedData();
        Figures f = run(data);
        f.untreated().samples().forEach(s -> System.out.println("MISS untreated: " + s));
        f.treated().samples().forEach(s -> System.out.println("MISS treated: " + s));
        f.negatives().samples().forEach(s -> System.out.println("ALERT negative: " + s));
        f.negativesByName().samples().forEach(s -> System.out.println("ALERT negative by name: " + s));
        System.out.println(f.render());
    }
}
