package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.evaluation.AlertBenchmark;
import dev.clearance.evaluation.Evaluation;
import dev.clearance.evaluation.SharedScreeners;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The index loses no hit that scoring every listed name would find. */
class CandidateRecallTest {
    @Test
    void indexFindsEveryHitBruteForceFindsOnTheUnList() throws Exception {
        Path data = Evaluation.sharedData();
        Assumptions.assumeTrue(Evaluation.available(data), "../shared/data/bench absent: skipping");
        Screener un = SharedScreeners.un();
        List<Query> queries = AlertBenchmark.people(List.of(data.resolve("bench/yente/positives_un_treated.csv")));
        // A threshold below the default widens the comparison to near-misses, where a lossy index would show first.
        double threshold = 0.6;
        List<String> differences = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger compared = new java.util.concurrent.atomic.AtomicInteger();
        queries.parallelStream().forEach(q -> {
            List<String> indexed = ids(un.screen(q, threshold, 50));
            List<String> brute = ids(un.screenExhaustively(q, threshold, 50));
            if (!indexed.equals(brute)) {
                differences.add(q.name() + ": " + indexed + " vs " + brute);
            }
            compared.addAndGet(brute.size());
        });
        assertThat(differences).isEmpty();
        assertThat(compared.get()).isGreaterThan(queries.size());
    }

    @Test
    void indexFindsEveryHitBruteForceFindsOnEveryList() throws Exception {
        Path data = Evaluation.sharedData();
        Assumptions.assumeTrue(Evaluation.available(data), "../shared/data/bench absent: skipping");
        Screener every = SharedScreeners.every();
        // Brute force over all 64,000 names costs about 0.2 s a query: a spread sample of negatives
        // (people of every nationality) and US congress members, at a widened threshold.
        List<Query> negatives = AlertBenchmark.people(List.of(data.resolve("bench/yente/negatives_global.csv")));
        List<Query> congress = AlertBenchmark.people(List.of(data.resolve("bench/yente/positives_us_congress_untreated.csv")));
        List<Query> queries = new java.util.ArrayList<>();
        for (int k = 0; k < 30; k++) {
            queries.add(negatives.get(k * 1637 % negatives.size()));
            queries.add(congress.get(k * 41 % congress.size()));
        }
        double threshold = 0.5;
        List<String> differences = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        java.util.concurrent.atomic.AtomicInteger compared = new java.util.concurrent.atomic.AtomicInteger();
        queries.parallelStream().forEach(q -> {
            List<String> indexed = ids(every.screen(q, threshold, 50));
            List<String> brute = ids(every.screenExhaustively(q, threshold, 50));
            if (!indexed.equals(brute)) {
                differences.add(q.name() + ": " + indexed + " vs " + brute);
            }
            compared.addAndGet(brute.size());
        });
        assertThat(differences).isEmpty();
        assertThat(compared.get()).isPositive();
    }

    @Test
    void indexFindsEveryHitOnHandMadeEntriesWithInitialsLegalFormsAndScripts() {
        Screener s = Screener.of(Entries.sample());
        for (String q : List.of("J R Smith", "JSC", "OAO Gazprom", "Xi Jin Ping", "JSCARGUMENT", "Smith", "Ivanov I I",
                "Сергей", "Usama bin", "Kim Jong-un", "al Bank")) {
            assertThat(ids(s.screen(Query.of(q), 0.3, 50))).as(q)
                    .isEqualTo(ids(s.screenExhaustively(Query.of(q), 0.3, 50)));
        }
    }

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(m -> m.entry().id() + "@" + Math.round(m.score() * 1e6)).toList();
    }
}
