package dev.clearance.matching;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.score.EastAsianNames;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScreenerTest {
    private static final Screener SCREENER = Screener.of(Entries.sample());

    private static List<Match> screen(String name) {
        return SCREENER.screen(Query.of(name), Screener.DEFAULT_THRESHOLD, 5);
    }

    private static Match top(String name) {
        List<Match> hits = screen(name);
        assertThat(hits).as("hits for %s", name).isNotEmpty();
        return hits.get(0);
    }

    @Test
    void identicalNameScoresOne() {
        assertThat(top("Sergey Viktorovich Lavrov").score()).isEqualTo(1.0);
    }

    @Test
    void oneTypoStaysNearOne() {
        Match m = top("Sergey Viktorovich Lavrvo");
        assertThat(m.entry().nativeId()).isEqualTo("lavrov");
        assertThat(m.score()).isBetween(0.9, 0.99);
        assertThat(m.explanation().tokens()).anyMatch(t -> t.kind() == MatchKind.EDITS && t.edits() == 1);
    }

    @Test
    void wordOrderDoesNotMatter() {
        assertThat(top("Putin Vladimir Vladimirovich").score()).isEqualTo(top("Vladimir Vladimirovich Putin").score());
    }

    @Test
    void legalFormsMatchAcrossLanguagesAndWeighLittle() {
        Match m = top("OAO Gazprom Neft");
        assertThat(m.entry().nativeId()).isEqualTo("gazprom");
        assertThat(m.explanation().tokens()).anyMatch(t -> t.kind() == MatchKind.LEGAL_FORM);
        assertThat(screen("Bank of Commerce LLC")).isNotEmpty();
        assertThat(screen("Smith Commerce Limited")).isEmpty();
    }

    @Test
    void initialsStandForNames() {
        Match m = top("J. R. Smith");
        assertThat(m.entry().nativeId()).isEqualTo("smith");
        Match full = top("John Robert Smith");
        assertThat(m.score()).isLessThan(full.score());
    }

    @Test
    void mergedAndSplitTokensMatch() {
        Match merged = top("JSCARGUMENT");
        assertThat(merged.entry().nativeId()).isEqualTo("argument");
        assertThat(merged.explanation().tokens()).anyMatch(t -> t.kind() == MatchKind.MERGED);
        Match split = top("Xi Jin Ping");
        assertThat(split.entry().nativeId()).isEqualTo("xi");
        assertThat(split.explanation().tokens()).anyMatch(t -> t.kind() == MatchKind.SPLIT);
    }

    @Test
    void omissionCostsLessThanContradiction() {
        double omission = top("Ivan Ivanov").score();
        List<Match> contradiction = SCREENER.screen(Query.of("Ivan Petrovich Ivanov"), 0, 1);
        assertThat(omission).isGreaterThan(contradiction.get(0).score());
    }

    @Test
    void qualifiersRaiseAndLowerTheScore() {
        ListEntry e = Entries.entry("k", EntityType.PERSON, List.of("RU"), List.of("1960-05-01"), "Boris Kuznetsov");
        Screener s = Screener.of(List.of(e));
        double bare = s.screen(Query.of("Boris Kuznetsova"), 0, 1).get(0).score();
        Match agree = s.screen(new Query("Boris Kuznetsova", "Russia", EntityType.PERSON, "1960"), 0, 1).get(0);
        Match disagree = s.screen(new Query("Boris Kuznetsova", "FR", EntityType.ORGANIZATION, "1975-01-01"), 0, 1).get(0);
        assertThat(agree.score()).isGreaterThan(bare);
        assertThat(disagree.score()).isLessThan(bare);
        assertThat(agree.explanation().qualifiers()).extracting(Explanation.Qualifier::effect)
                .containsOnly(Explanation.Qualifier.Effect.MATCH);
        assertThat(disagree.explanation().qualifiers()).extracting(Explanation.Qualifier::what)
                .containsExactly("country", "dob", "type");
    }

    @Test
    void strongIdentifierDecidesOnItsOwn() {
        ListEntry vessel = new ListEntry("test", "v1", "Test", EntityType.VESSEL,
                List.of(new ListEntry.Name("Ocean Star", ListEntry.Name.Kind.PRIMARY)), List.of(), List.of(),
                List.of(new ListEntry.Identifier("IMO", "9187629")), List.of(), "");
        Screener s = Screener.of(List.of(vessel));
        Query q = new Query("q1", "Completely Different", null, EntityType.VESSEL, null, List.of("IMO 9187629"));
        List<Match> hits = s.screen(q, Screener.DEFAULT_THRESHOLD, 5);
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).score()).isEqualTo(1.0);
        assertThat(hits.get(0).explanation().render()).contains("identifier decisive IMO 9187629");
    }

    @Test
    void explanationSaysWhichTokenMatchedWhichAndHow() {
        Match m = top("Mohamed Usama bin Ladin");
        assertThat(m.entry().nativeId()).isEqualTo("ladin");
        String line = m.explanation().render();
        assertThat(line).contains("usama→usama EXACT").contains("ladin→laden EDITS(1)").contains("query only: mohamed");
        assertThat(line).doesNotContain("\n");
    }

    @Test
    void topAndThresholdLimitTheHits() {
        assertThat(SCREENER.screen(Query.of("Smith"), 0.01, 1)).hasSize(1);
        assertThat(SCREENER.screen(Query.of("Smith"), 0.99, 5)).isEmpty();
        assertThat(SCREENER.screen(Query.of(""), 0, 5)).isEmpty();
    }

    @Test
    void screeningIsFastEnoughToServeManyQueries() {
        List<ListEntry> many = new ArrayList<>(Entries.sample());
        for (int i = 0; i < 2000; i++) {
            many.add(Entries.person("p" + i, "Name" + Integer.toString(i, 36) + " Family" + (i % 97)));
        }
        Screener s = Screener.of(many);
        assertThat(s.nameCount()).isEqualTo(many.size());
        assertThat(s.screen(Query.of("Vladimir Putin"), Screener.DEFAULT_THRESHOLD, 5))
                .extracting(m -> m.entry().nativeId()).containsExactly("putin");
    }

    @Test
    void oneEntryInTwoLoadedSnapshotsIsOneHitCitingBoth() {
        // Two snapshots of one list (two OFAC SDN files) hold the same entry: one party, one hit.
        ListEntry older = Entries.bancoNacionalDeCuba();
        ListEntry newer = Entries.bancoNacionalDeCuba(new ListEntry.Name("BNC", ListEntry.Name.Kind.WEAK_ALIAS));
        ListEntry other = Entries.organisation("bnc", "Banco Nacional de Cuba SA");
        Screener two = Screener.of(List.of(older, other, newer));
        List<Match> hits = two.screen(Query.of("Banco Nacional de Cuba"), Screener.DEFAULT_THRESHOLD, 5);
        assertThat(hits).extracting(m -> m.entry().id()).containsExactly("ofac:306", "test:bnc");
        Match one = hits.get(0);
        assertThat(one.alsoListed()).hasSize(1);
        assertThat(java.util.List.of(one.entry(), one.alsoListed().get(0))).containsExactlyInAnyOrder(older, newer);
        assertThat(one.explanation().qualifiers()).anyMatch(q -> q.what().equals("sources")
                && q.detail().contains("ofac:306") && q.detail().contains("2 loaded files"));
        // An entry loaded once cites no other source.
        assertThat(hits.get(1).alsoListed()).isEmpty();
        assertThat(Screener.of(List.of(older)).screen(Query.of("Banco Nacional de Cuba"), 0.5, 5).get(0).alsoListed())
                .isEmpty();
    }

    @Test
    void aChineseNameOnASurnameSharedWithOtherPeoplesIsReadAsChineseBesideAListedChineseName() {
        // Ma and Hu are names elsewhere too, so one name alone is not read as Chinese on them; a query and a listed
        // person both in Pinyin on the same such surname are two Chinese names, their given names compared by syllable.
        Screener s = Screener.of(List.of(Entries.person("ma", "MA Jiang"), Entries.person("hu", "HU Jianhua"),
                Entries.person("mo", "Maria MA")));
        assertThat(s.screen(Query.of("Ma Jing"), Screener.DEFAULT_THRESHOLD, 5)).isEmpty();
        assertThat(s.screen(Query.of("Hu Jianhui"), Screener.DEFAULT_THRESHOLD, 5)).isEmpty();
        // The same syllables, or a typo that reads as no syllable, still alert.
        assertThat(s.screen(Query.of("Ma Jiang"), Screener.DEFAULT_THRESHOLD, 5)).extracting(m -> m.entry().nativeId())
                .contains("ma");
        assertThat(s.screen(Query.of("Hu Jianhau"), Screener.DEFAULT_THRESHOLD, 5)).extracting(m -> m.entry().nativeId())
                .contains("hu");
        assertThat(EastAsianNames.chineseOnSharedSurname(Normaliser.normalise("Ma Jing").tokens(),
                Normaliser.normalise("MA Jiang").tokens(), null)).isTrue();
        // A name not all in Pinyin is not read so ("Marianne" is no syllable string of at most three).
        assertThat(EastAsianNames.chineseOnSharedSurname(Normaliser.normalise("Marianne Ma").tokens(),
                Normaliser.normalise("Maria MA").tokens(), null)).isFalse();
        // The surname run together with a given-name syllable into one listed word, with a letter changed, is
        // another word ("Ma Yan" is not "Mayak LLC").
        Screener org = Screener.of(List.of(Entries.organisation("mayak", "Mayak LLC")));
        assertThat(org.screen(Query.of("Ma Yan"), Screener.DEFAULT_THRESHOLD, 5)).isEmpty();
    }

    /**
     * A Korean, Chinese or Japanese person's name, its family and given name written apart, meets a vessel's or a
     * company's one word only run together ("Yan Hu" and the vessel "YANHU", "He Na" and the vessel "HENNA"): another
     * word, below the threshold, said so. A listed person whose name a list wrote in one word is still met, and so is
     * the vessel by a query that says it names a vessel, or written as the list writes it.
     */
    @Test
    void aPersonsNameRunTogetherIsNotAVesselsOrACompanysWord() {
        Screener s = Screener.of(List.of(Entries.entry("yanhu", EntityType.VESSEL, List.of(), List.of(), "Yanhu"),
                Entries.entry("henna", EntityType.VESSEL, List.of(), List.of(), "HENNA"),
                Entries.organisation("minjun", "Minjun"), Entries.person("zw", "ZHANGWEI")));
        double t = Screener.DEFAULT_THRESHOLD;
        assertThat(s.screen(Query.of("Yan Hu"), t, 5)).isEmpty();
        assertThat(s.screen(Query.of("He Na"), t, 5)).isEmpty();
        assertThat(s.screen(Query.of("Min Jun"), t, 5)).isEmpty();
        List<Match> below = s.screen(Query.of("Yan Hu"), 0.3, 5);
        assertThat(below).isNotEmpty();
        assertThat(below.get(0).explanation().render()).contains("only with its words run together");
        assertThat(s.screen(Query.of("Yanhu"), t, 5)).extracting(m -> m.entry().id()).containsExactly("test:yanhu");
        assertThat(s.screen(new Query(null, "Yan Hu", null, EntityType.VESSEL, null, List.of()), t, 5))
                .extracting(m -> m.entry().id()).containsExactly("test:yanhu");
        assertThat(s.screen(Query.of("Zhang Wei"), t, 5)).extracting(m -> m.entry().id()).containsExactly("test:zw");
        // A party of no known type may be a person: met as before.
        Screener unknown = Screener.of(List.of(Entries.entry("yh", EntityType.UNKNOWN, List.of(), List.of(), "YANHU")));
        assertThat(unknown.screen(Query.of("Yan Hu"), t, 5)).extracting(m -> m.entry().id()).containsExactly("test:yh");
    }
}
