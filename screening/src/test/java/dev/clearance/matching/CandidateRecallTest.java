package dev.clearance.matching;

import dev.clearance.evaluation.AlertBenchmark;
import dev.clearance.evaluation.Evaluation;
import dev.clearance.evaluation.ListCatalogue;
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
        Screener un = Screener.of(ListCatalogue.un(data.resolve("lists")));
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
