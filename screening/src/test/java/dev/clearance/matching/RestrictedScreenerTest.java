package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.evaluation.AlertBenchmark;
import dev.clearance.evaluation.Evaluation;
import dev.clearance.evaluation.ListCatalogue;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A screener restricted to some entries scores those entries exactly as the screener over the whole list. */
class RestrictedScreenerTest {

    /** Family name common in the whole list, rare among the kept entries. */
    private static List<ListEntry> listWithCommonSurname() {
        List<ListEntry> all = new ArrayList<>(Entries.sample());
        String[] given = {"Pavel", "Oleg", "Dmitry", "Mikhail", "Boris", "Yuri", "Anton", "Igor", "Fedor", "Gleb"};
        for (int i = 0; i < given.length; i++) {
            all.add(Entries.person("petrov-" + i, given[i] + " Petrov"));
        }
        all.add(Entries.person("new-petrov", "Ivan Sergeyevich Petrov"));
        all.add(Entries.organisation("new-org", "Petrov Trading Company"));
        return all;
    }

    @Test
    void keptEntriesScoreAsInTheWholeList() {
        Screener full = Screener.of(listWithCommonSurname());
        Set<String> kept = Set.of("test:new-petrov", "test:new-org", "test:lavrov");
        Screener restricted = full.restrictedTo(kept);
        assertThat(restricted.entries()).extracting(ListEntry::id).containsExactlyInAnyOrderElementsOf(kept);
        for (String name : List.of("Ivan Petrov", "Ivan S. Petrov", "Petrov Trading Co", "Sergei Lavrov",
                "Pavel Petrov", "Lavrov Petrov")) {
            assertSame(full, restricted, kept, Query.of(name), 0.5);
        }
    }

    @Test
    void restrictedToNothingFindsNothing() {
        Screener none = Screener.of(listWithCommonSurname()).restrictedTo(Set.of());
        assertThat(none.entries()).isEmpty();
        assertThat(none.screen(Query.of("Ivan Petrov"), 0.0, 10)).isEmpty();
    }

    @Test
    void aScreenerOfOnlyTheNewEntriesWouldScoreDifferently() {
        // Why restrictedTo exists: the kept entries alone give "Petrov" the weight of a rare word.
        List<ListEntry> all = listWithCommonSurname();
        Screener full = Screener.of(all);
        Set<String> kept = Set.of("test:new-petrov", "test:new-org");
        Screener alone = Screener.of(all.stream().filter(e -> kept.contains(e.id())).toList());
        Query q = Query.of("Ivan Petrov");
        double inFull = score(full.restrictedTo(kept), q, "test:new-petrov");
        assertThat(inFull).isEqualTo(score(full, q, "test:new-petrov"));
        assertThat(score(alone, q, "test:new-petrov")).isNotEqualTo(inFull);
    }

    @Test
    void sharedListsAndYenteNames() throws Exception {
        Path data = Evaluation.sharedData();
        Assumptions.assumeTrue(Evaluation.available(data), "../shared/data/bench absent: skipping");
        List<ListEntry> entries = ListCatalogue.all(data.resolve("lists"));
        Screener full = Screener.of(entries);
        Random random = new Random(7);
        List<ListEntry> delta = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            delta.add(entries.get(random.nextInt(entries.size())));
        }
        Set<String> kept = delta.stream().map(ListEntry::id).collect(Collectors.toSet());
        Screener restricted = full.restrictedTo(kept);
        List<Query> queries = new ArrayList<>(AlertBenchmark.people(
                List.of(data.resolve("bench/yente/positives_un_treated.csv"))));
        queries.addAll(AlertBenchmark.people(List.of(data.resolve("bench/yente/negatives_global.csv"))).subList(0, 500));
        for (ListEntry e : delta) {
            queries.add(Query.of(e.primaryName()));
        }
        int hits = 0;
        for (Query q : queries) {
            hits += assertSame(full, restricted, kept, q, Screener.DEFAULT_THRESHOLD);
        }
        assertThat(hits).as("hits on the 200 kept entries").isGreaterThanOrEqualTo(200);
    }

    private static int assertSame(Screener full, Screener restricted, Set<String> kept, Query q, double threshold) {
        List<String> expected = full.screen(q, threshold, Integer.MAX_VALUE).stream()
                .filter(m -> kept.contains(m.entry().id())).map(RestrictedScreenerTest::describe).toList();
        List<String> actual = restricted.screen(q, threshold, Integer.MAX_VALUE).stream()
                .map(RestrictedScreenerTest::describe).toList();
        assertThat(actual).as("hits for %s", q.name()).isEqualTo(expected);
        return actual.size();
    }

    private static String describe(Match m) {
        return m.entry().id() + " | " + m.matchedName() + " | " + m.score() + " | " + m.explanation().render();
    }

    private static double score(Screener s, Query q, String id) {
        return s.screen(q, 0.0, Integer.MAX_VALUE).stream().filter(m -> m.entry().id().equals(id))
                .mapToDouble(Match::score).findFirst().orElse(-1);
    }
}
