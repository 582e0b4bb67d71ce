package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, item 2: term weights are stable across the set of loaded lists. A listed name is weighed with the word
 * statistics of its own list, so loading another list that uses the same words a hundred times (METI's Rostec
 * subsidiaries beside OFAC's "STATE CORPORATION ROSTEC") changes no score against it, forward or reverse.
 */
class StableWeightsTest {

    private static ListEntry organisation(String source, String list, String id, String name) {
        return new ListEntry(source, id, list, EntityType.ORGANIZATION,
                List.of(new ListEntry.Name(name, ListEntry.Name.Kind.PRIMARY)), List.of("RU"), List.of(), List.of(),
                List.of(), "");
    }

    /** A list of its own, with a few names that share no word with the query. */
    private static List<ListEntry> ofac() {
        List<ListEntry> out = new ArrayList<>(List.of(
                organisation("ofac", "OFAC SDN", "1", "STATE CORPORATION ROSTEC"),
                organisation("ofac", "OFAC SDN", "2", "ROSOBORONEXPORT JSC")));
        for (int i = 0; i < 40; i++) {
            out.add(organisation("ofac", "OFAC SDN", "x" + i, "Northern Shipyard " + (char) ('A' + i % 26) + i));
        }
        return out;
    }

    /** Another list whose names repeat the query's word: pooled statistics would make it common. */
    private static List<ListEntry> meti() {
        List<ListEntry> out = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            out.add(organisation("meti", "METI Russia", "m" + i, "Rostec Holding Plant No " + (i + 1) + " JSC"));
        }
        return out;
    }

    private static double score(Screener s, String query, String entryId) {
        return s.screen(Query.of(query), 0.3, 200).stream().filter(m -> m.entry().id().equals(entryId))
                .mapToDouble(Match::score).findFirst().orElse(0);
    }

    @Test
    void anotherLoadedListLeavesTheScoresOfAListsNamesAsTheyWere() {
        Screener alone = Screener.of(ofac());
        List<ListEntry> both = new ArrayList<>(ofac());
        both.addAll(meti());
        Screener together = Screener.of(both);
        for (String q : List.of("Rostec", "State Corporation Rostec", "Rostec JSC", "Rosoboronexport", "Rostec Holding")) {
            assertThat(score(together, q, "ofac:1")).as(q).isEqualTo(score(alone, q, "ofac:1"));
            assertThat(score(together, q, "ofac:2")).as(q).isEqualTo(score(alone, q, "ofac:2"));
        }
        // The short name of the listed corporation alerts whatever else is loaded.
        assertThat(score(together, "Rostec", "ofac:1")).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
    }

    @Test
    void aSecondSnapshotOfTheSameListWeighsItsWordsOnce() {
        // The same entries in two snapshots of one list: one list, each entry counted once in its statistics.
        List<ListEntry> twice = new ArrayList<>(ofac());
        twice.addAll(ofac());
        twice.addAll(meti());
        List<ListEntry> once = new ArrayList<>(ofac());
        once.addAll(meti());
        for (String q : List.of("Rostec", "Northern Shipyard", "Rostec Holding Plant No 7 JSC")) {
            assertThat(score(Screener.of(twice), q, "ofac:1")).as(q).isEqualTo(score(Screener.of(once), q, "ofac:1"));
            assertThat(score(Screener.of(twice), q, "meti:m6")).as(q).isEqualTo(score(Screener.of(once), q, "meti:m6"));
        }
    }

    private static ListEntry person(String list, String id, String name) {
        return new ListEntry("p", id, list, EntityType.PERSON,
                List.of(new ListEntry.Name(name, ListEntry.Name.Kind.PRIMARY)), List.of(), List.of(), List.of(),
                List.of(), "");
    }

    /**
     * A legal form identifies no one in any list: it weighs the same whether the list publishing the name holds
     * thousands of companies or a few beside people. Weighed by the list's statistics, "JARVIS HK CO., LIMITED" in a
     * list of few companies scored 0.69 against "Jarvis" (its one distinctive word) and alerted in a list of many.
     */
    @Test
    void aLegalFormWeighsTheSameInEveryList() {
        List<ListEntry> companies = new ArrayList<>();
        companies.add(organisation("c", "Companies", "jarvis", "JARVIS HK CO., LIMITED"));
        for (int i = 0; i < 60; i++) {
            companies.add(organisation("c", "Companies", "c" + i, "Shipyard " + (char) ('A' + i % 26) + i + " Co., Limited"));
        }
        List<ListEntry> people = new ArrayList<>();
        people.add(organisation("p", "People", "jarvis", "JARVIS HK CO., LIMITED"));
        for (int i = 0; i < 60; i++) {
            people.add(person("People", "p" + i, "Ivan Petrovich " + (char) ('A' + i % 26) + "ov" + i));
        }
        double amongCompanies = score(Screener.of(companies), "Jarvis", "c:jarvis");
        double amongPeople = score(Screener.of(people), "Jarvis", "p:jarvis");
        assertThat(amongPeople).isEqualTo(amongCompanies);
        assertThat(amongPeople).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
    }

    @Test
    void reverseScreeningWeighsAPartnerByTheListOfTheEntryItMeets() {
        List<ListEntry> both = new ArrayList<>(ofac());
        both.addAll(meti());
        Screener lists = Screener.of(both);
        Partner p = new Partner("P1", List.of("Rostec"), "RU", EntityType.ORGANIZATION, null, List.of());
        Partner q = new Partner("P2", List.of("Rostec Holding Plant No 7"), "RU", EntityType.ORGANIZATION, null,
                List.of());
        PartnerIndex index = PartnerIndex.build(List.of(p, q), lists);
        for (ListEntry e : List.of(both.get(0), both.get(both.size() - 54))) {
            List<PartnerIndex.Hit> reverse = index.screen(e, 0.3);
            assertThat(reverse).isNotEmpty();
            for (PartnerIndex.Hit h : reverse) {
                double forward = h.partner().screen(lists, 0.3).stream().filter(f -> f.match().entry().id().equals(e.id()))
                        .mapToDouble(f -> f.match().score()).findFirst().orElse(0);
                assertThat(h.match().score()).as(h.partner().name() + " ~ " + e.id()).isEqualTo(forward);
            }
        }
        assertThat(index.screen(both.get(0), Screener.DEFAULT_THRESHOLD)).extracting(h -> h.partner().key())
                .contains("P1");
    }
}
