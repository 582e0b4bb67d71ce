package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.evaluation.AlertBenchmark;
import dev.clearance.evaluation.SharedScreeners;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Reverse screening (partners indexed, entries as queries) gives the pairs and scores forward screening gives. */
class PartnerIndexTest {

    private static Partner person(String key, String country, String dob, String... names) {
        return new Partner(key, List.of(names), country, EntityType.PERSON, dob, List.of());
    }

    /** Every (partner, entry) pair forward screening finds, with its score. */
    private static Map<String, Double> forward(List<Partner> partners, Screener lists, double threshold) {
        Map<String, Double> out = Collections.synchronizedMap(new TreeMap<>());
        partners.parallelStream().forEach(p -> p.screen(lists, threshold)
                .forEach(h -> out.put(p.key() + " ~ " + h.match().entry().id(), h.match().score())));
        return new TreeMap<>(out);
    }

    /** Every (partner, entry) pair reverse screening of every listed entry finds, with its score. */
    private static Map<String, Double> reverse(PartnerIndex index, Screener lists, double threshold) {
        Map<String, Double> out = Collections.synchronizedMap(new TreeMap<>());
        lists.entries().parallelStream().forEach(e -> index.screen(e, threshold)
                .forEach(h -> out.put(h.partner().key() + " ~ " + e.id(), h.match().score())));
        return new TreeMap<>(out);
    }

    @Test
    void reverseAgreesWithForwardOnHandMadeListsAndPartners() {
        Screener lists = Screener.of(Entries.sample());
        List<Partner> partners = new ArrayList<>(List.of(
                person("P1", null, null, "Sergei Lavrov"),
                person("P2", "RU", "1952", "Vladimir Putin", "V. V. Putin"),
                person("P3", null, null, "Osama bin Ladin"),
                new Partner("P4", List.of("Gazprom Neft"), "RU", EntityType.ORGANIZATION, null, List.of()),
                person("P5", "GB", "1980-01-01", "John Smith"),
                person("P6", null, null, "Peter Smith", "Petra Smyth"),
                person("P7", null, null, "Anna Schmidt"),
                person("P8", null, null, "Ivan Ivanov"),
                new Partner("P9", List.of("Rosatom State Corporation"), null, EntityType.ORGANIZATION, null, List.of()),
                person("P10", null, null, "Sergey Shoygu")));
        // Partner-master term statistics must not leak into the scores: a crowd of Ivanovs changes nothing.
        for (int i = 0; i < 40; i++) {
            partners.add(person("IV" + i, null, null, "Ivan " + (char) ('A' + i % 26) + ". Ivanov"));
        }
        Map<String, Double> forward = forward(partners, lists, 0.6);
        assertThat(forward).containsKeys("P1 ~ test:lavrov", "P2 ~ test:putin", "P3 ~ test:ladin",
                "P4 ~ test:gazprom", "P8 ~ test:ivanov");
        assertThat(reverse(PartnerIndex.build(partners, lists), lists, 0.6)).isEqualTo(forward);
    }

    @Test
    void hitCarriesTheForwardExplanationAndWhichPartnerNameMatched() {
        Screener lists = Screener.of(Entries.sample());
        Partner p = person("P2", "RU", null, "Acme Buyer", "Vladimir Vladimirovich Putin");
        List<PartnerIndex.Hit> hits = PartnerIndex.build(List.of(p), lists)
                .screen(lists.entries().get(0), Screener.DEFAULT_THRESHOLD);
        assertThat(hits).hasSize(1);
        Match forward = p.screen(lists, Screener.DEFAULT_THRESHOLD).get(0).match();
        assertThat(hits.get(0).partnerName()).isEqualTo("Vladimir Vladimirovich Putin");
        assertThat(hits.get(0).match().score()).isEqualTo(forward.score());
        assertThat(hits.get(0).match().explanation()).isEqualTo(forward.explanation());
    }

    @Test
    void sharedIdentifierDecidesAlone() {
        ListEntry vessel = new ListEntry("test", "v1", "Test list", EntityType.VESSEL,
                List.of(new ListEntry.Name("Ocean Star", ListEntry.Name.Kind.PRIMARY)), List.of(), List.of(),
                List.of(new ListEntry.Identifier("IMO", "9187629")), List.of(), "");
        Screener lists = Screener.of(List.of(vessel));
        Partner renamed = new Partner("S1", List.of("Blue Horizon"), null, EntityType.VESSEL, null,
                List.of("IMO 9187629"));
        Partner other = new Partner("S2", List.of("Green Field"), null, EntityType.VESSEL, null, List.of("IMO 9999999"));
        List<PartnerIndex.Hit> hits = PartnerIndex.build(List.of(renamed, other), lists).screen(vessel, 0.78);
        assertThat(hits).extracting(h -> h.partner().key()).containsExactly("S1");
        assertThat(hits.get(0).match().score()).isEqualTo(1.0);
        assertThat(renamed.screen(lists, 0.78)).extracting(h -> h.match().score()).containsExactly(1.0);
    }

    @Test
    void reverseAgreesWithForwardOnTheUnListAndYentePeople() throws Exception {
        Assumptions.assumeTrue(SharedScreeners.data() != null, "../shared/data absent: skipping");
        Screener un = SharedScreeners.un();
        var data = SharedScreeners.data().resolve("bench/yente");
        List<Query> people = new ArrayList<>(AlertBenchmark.people(List.of(data.resolve("positives_un_treated.csv"))));
        List<Query> negatives = AlertBenchmark.people(List.of(data.resolve("negatives_global.csv")));
        for (int k = 0; k < 3000; k++) {
            people.add(negatives.get(k * 16 % negatives.size()));
        }
        List<Partner> partners = new ArrayList<>();
        for (Query q : people) {
            partners.add(new Partner(q.id(), List.of(q.name()), q.country(), q.type(), q.dob(), List.of()));
        }
        // Below the default threshold, where a lossy bound or a different weighting would show first.
        double threshold = 0.6;
        Map<String, Double> forward = forward(partners, un, threshold);
        assertThat(forward.size()).isGreaterThan(600);
        assertThat(reverse(PartnerIndex.build(partners, un), un, threshold)).isEqualTo(forward);
    }

    @Test
    void oneEntryInTwoLoadedSnapshotsHitsAPartnerOnceCitingBoth() {
        // Two snapshots of one list (two OFAC SDN files) hold the same entry: reverse screening of both copies (a
        // delta screened against both loaded files) gives one hit per partner, as forward screening does.
        ListEntry older = Entries.bancoNacionalDeCuba();
        ListEntry newer = Entries.bancoNacionalDeCuba(new ListEntry.Name("Banco Nacional de Cuba Havana",
                ListEntry.Name.Kind.ALIAS));
        ListEntry other = Entries.organisation("bnc", "Banco Nacional de Cuba SA");
        Screener lists = Screener.of(List.of(older, other, newer));
        Partner bank = new Partner("P1", List.of("Banco Nacional de Cuba"), "CU", EntityType.ORGANIZATION, null, List.of());
        Partner branch = new Partner("P2", List.of("Banco Nacional de Cuba Havana"), "CU", EntityType.ORGANIZATION, null,
                List.of());
        PartnerIndex index = PartnerIndex.build(List.of(bank, branch), lists);
        List<List<PartnerIndex.Hit>> found = index.screen(List.of(older, other, newer), Screener.DEFAULT_THRESHOLD);

        List<PartnerIndex.Hit> first = found.get(0);
        PartnerIndex.Hit p1 = first.stream().filter(h -> h.partner().key().equals("P1")).findFirst().orElseThrow();
        assertThat(p1.match().alsoListed()).containsExactly(newer);
        assertThat(p1.match().cites(older)).isTrue();
        assertThat(p1.match().explanation().qualifiers()).anyMatch(q -> q.what().equals("sources")
                && q.detail().contains("ofac:306") && q.detail().contains("2 loaded files"));
        // The later copy keeps no second hit on a partner the first copy already hits.
        assertThat(found.get(2)).noneMatch(h -> first.stream().anyMatch(f -> f.partner().key().equals(h.partner().key())));
        // Each (partner, entry id) pair is reported once over the whole delta.
        List<String> pairs = new ArrayList<>();
        List<ListEntry> queries = List.of(older, other, newer);
        for (int q = 0; q < found.size(); q++) {
            for (PartnerIndex.Hit h : found.get(q)) {
                pairs.add(h.partner().key() + " ~ " + queries.get(q).id());
            }
        }
        assertThat(pairs).doesNotHaveDuplicates().contains("P1 ~ ofac:306", "P2 ~ ofac:306", "P1 ~ test:bnc");
        // Another entry is no copy: its hits stand alone.
        assertThat(found.get(1)).allMatch(h -> h.match().alsoListed().isEmpty());
        // An entry screened once cites no other source.
        assertThat(index.screen(List.of(older), Screener.DEFAULT_THRESHOLD).get(0))
                .allMatch(h -> h.match().alsoListed().isEmpty());
    }
}
