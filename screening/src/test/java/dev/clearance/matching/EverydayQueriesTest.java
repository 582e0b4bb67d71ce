package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.normalise.QueryReadings;
import dev.clearance.matching.normalise.WadeGiles;
import dev.clearance.matching.score.EastAsianNames;
import dev.clearance.input.BadRequestException;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 19's rules on hand-made entries: each rule, and that it changes nothing it should not. */
class EverydayQueriesTest {
    private static ListEntry withIds(String id, EntityType type, String name, List<String> dobs, ListEntry.Identifier... ids) {
        return new ListEntry("test", id, "Test list", type, List.of(new ListEntry.Name(name, ListEntry.Name.Kind.PRIMARY)),
                List.of(), dobs, List.of(ids), List.of(), "");
    }

    private static final Screener SCREENER = Screener.of(List.of(
            withIds("hamgam", EntityType.VESSEL, "HAMGAM", List.of(), new ListEntry.Identifier("IMO", "9226956")),
            withIds("hamgam-2", EntityType.VESSEL, "HAMGAM 2", List.of()),
            withIds("damghani", EntityType.PERSON, "Davoud DAMGHANI", List.of("1971-03-14"),
                    new ListEntry.Identifier("PASSPORT", "D10003642")),
            withIds("damghani-2", EntityType.PERSON, "Davoud DAMGHANI", List.of()),
            withIds("man-chun", EntityType.PERSON, "Man Chun KIM", List.of()),
            withIds("ri-yong-su", EntityType.PERSON, "RI Yong Su", List.of()),
            withIds("chun-do", EntityType.PERSON, "PAK Chun Do", List.of()),
            withIds("zhiqing", EntityType.PERSON, "WANG Zhiqing", List.of()),
            withIds("qi-gao", EntityType.PERSON, "Qi GAO", List.of()),
            withIds("tong-yuan", EntityType.ORGANIZATION, "Tong Yuan", List.of()),
            withIds("ghasemi", EntityType.PERSON, "Reza GHASEMI ZADEH", List.of()),
            withIds("jsc", EntityType.ORGANIZATION, "Joint Stock Company", List.of()),
            withIds("aircraft", EntityType.AIRCRAFT, "YK-AND", List.of()),
            withIds("rostec", EntityType.ORGANIZATION, "State Corporation Rostec", List.of()),
            withIds("huawei", EntityType.ORGANIZATION, "Huawei Device Co., Ltd.", List.of()),
            withIds("oil", EntityType.ORGANIZATION, "Oil Industry Investment Company", List.of())));

    private static List<String> ids(String name) {
        return ids(Query.of(name));
    }

    private static List<String> ids(Query q) {
        return SCREENER.screen(q, Screener.DEFAULT_THRESHOLD, 5).stream().map(m -> m.entry().nativeId()).toList();
    }

    @Test
    void tradingAsNamesAreEachScreened() {
        assertThat(ids("Northgate Supplies Ltd t/a State Corporation Rostec")).containsExactly("rostec");
        assertThat(ids("Rostec d/b/a Northgate Supplies")).containsExactly("rostec");
        assertThat(ids("Northgate Supplies Ltd (formerly Huawei Device Co Ltd)")).containsExactly("huawei");
    }

    @Test
    void aStateCorporationDescriptorWeighsAsALegalForm() {
        assertThat(ids("Rostec")).containsExactly("rostec");
    }

    @Test
    void vesselPrefixesAndAircraftMarks() {
        for (String prefix : List.of("M/V ", "MV ", "MT ", "M.T. ", "M/T ")) {
            assertThat(ids(prefix + "Hamgam")).as(prefix).first().isEqualTo("hamgam");
        }
        assertThat(ids("HAMGAM 2")).first().isEqualTo("hamgam-2");
        assertThat(ids("Aircraft YK-AND")).containsExactly("aircraft");
        assertThat(ids("YK-AND")).containsExactly("aircraft");
    }

    @Test
    void identifiersInTheirWrittenForms() {
        for (String written : List.of("IMO9226956", "IMO 9226956", "IMO No. 9226956", "IMO: 9226956", "9226956")) {
            Query q = new Query(null, "Unknown Ship", null, null, null, List.of(written));
            assertThat(ids(q)).as(written).containsExactly("hamgam");
        }
        assertThat(QueryReadings.identifierKeys("Passport No. D10003642")).contains("D10003642");
        assertThat(QueryReadings.identifierKeys("National ID: 0053758110")).contains("0053758110");
        assertThat(QueryReadings.identifierKeys("Reg. No. 1027700132195")).contains("1027700132195");
        // An IMO number written into the name is an identifier.
        assertThat(ids("Some Ship IMO No. 9226956")).first().isEqualTo("hamgam");
    }

    @Test
    void aMatchingIdentifierRanksAboveEveryNameOnlyHit() {
        // Both DAMGHANI entries match the name exactly (1.00); the one whose passport matches ranks first.
        Query q = new Query(null, "Davoud Damghani", null, EntityType.PERSON, null, List.of("Passport No. D10003642"));
        List<Match> hits = SCREENER.screen(q, Screener.DEFAULT_THRESHOLD, 5);
        assertThat(hits).extracting(m -> m.entry().nativeId()).containsExactly("damghani", "damghani-2");
        assertThat(Screener.byIdentifier(hits.get(0))).isTrue();
    }

    @Test
    void aDateOfBirthFarOffTakesAnExactNameBelowTheThreshold() {
        Query far = new Query(null, "Davoud Damghani", null, EntityType.PERSON, "1990", List.of());
        List<Match> hits = SCREENER.screen(far, 0.5, 5);
        Match m = hits.stream().filter(h -> h.entry().nativeId().equals("damghani")).findFirst().orElseThrow();
        assertThat(m.score()).isLessThan(Screener.DEFAULT_THRESHOLD);
        assertThat(m.explanation().render()).contains("more than 5 years apart");
        // Within the tolerance the old, milder factor applies; with the identifier the entry still decides.
        Query near = new Query(null, "Davoud Damghani", null, EntityType.PERSON, "1974", List.of());
        assertThat(ids(near)).contains("damghani");
        Query withId = new Query(null, "Davoud Damghani", null, EntityType.PERSON, "1990", List.of("D10003642"));
        assertThat(ids(withId)).first().isEqualTo("damghani");
    }

    @Test
    void koreanGivenNamesAreComparedSyllableBySyllable() {
        assertThat(ids("Kim Min-jun")).doesNotContain("man-chun");
        assertThat(ids("Man-chun Kim")).contains("man-chun");
        assertThat(ids("Li Yong")).doesNotContain("ri-yong-su");
        assertThat(ids("Ri Yong-su")).contains("ri-yong-su");
    }

    @Test
    void aGivenNameSyllableLeftOverOnBothSidesIsAnotherGivenName() {
        // Jun-u is not Chun-do: "u" and "do" are two syllables, not a typo of one another.
        assertThat(ids("Park Jun-u")).doesNotContain("chun-do");
        assertThat(ids("Pak Chun-do")).contains("chun-do");
    }

    @Test
    void chineseGivenNamesAreComparedSyllableBySyllable() {
        // Zhiqiang is zhi-qiang, Zhiqing zhi-qing: one letter, another given name.
        assertThat(ids("Wang Zhiqiang")).doesNotContain("zhiqing");
        assertThat(ids("Wang Zhiqing")).contains("zhiqing");
        // Wade-Giles without its marks: "Chi" may be qi (ch'i) as well as ji (chi), "Kao" gao (kao) or kao (k'ao).
        assertThat(WadeGiles.sameSyllable("chi", "qi")).isTrue();
        assertThat(WadeGiles.sameSyllable("chi", "ji")).isTrue();
        assertThat(WadeGiles.sameSyllable("chi", "xi")).isFalse();
        assertThat(ids(new Query("Ch'i Kao", null, EntityType.PERSON, null))).contains("qi-gao");
    }

    @Test
    void japaneseNamesAreReadAsFamilyAndGivenName() {
        assertThat(EastAsianNames.japanese(List.of("tanaka", "yuna"))).isTrue();
        assertThat(EastAsianNames.japanese(List.of("hattori", "kenji", "sato"))).isTrue();
        assertThat(EastAsianNames.japanese(List.of("tanaka", "john"))).isFalse();
        assertThat(EastAsianNames.japanese(List.of("maria", "yuna"))).isFalse();
        // Yuna is not Yuan, and Tanaka does not sound like Tong.
        assertThat(ids("Tanaka Yuna")).doesNotContain("tong-yuan");
        assertThat(ids("Tong Yuan")).contains("tong-yuan");
    }

    @Test
    void aLetterTypedTwiceInAKoreanNameIsATypoNotAnotherSyllable() {
        // "chuun" reads as chu-un: a letter typed twice is a slip, not a new syllable, written apart or together.
        assertThat(ids("Man-chuun Kim")).contains("man-chun");
        assertThat(ids("Kim Man Chuun")).contains("man-chun");
        assertThat(EastAsianNames.doubledOnce("hwaan", "hwan")).isTrue();
        assertThat(EastAsianNames.doubledOnce("Man-chuun", "man chun")).isTrue();
        assertThat(EastAsianNames.doubledOnce("hwan", "hwaan")).isFalse();
        assertThat(EastAsianNames.doubledOnce("minjun", "manchun")).isFalse();
        assertThat(ids("Kim Min-jun")).doesNotContain("man-chun");
    }

    @Test
    void persianSpellingFamiliesMeet() {
        assertThat(ids(new Query("Rida Qasemi Zade", null, EntityType.PERSON, null))).contains("ghasemi");
    }

    @Test
    void aPlaceQualifierWeighsLittle() {
        assertThat(ids("Huawei Device (Hong Kong) Co., Ltd.")).contains("huawei");
        assertThat(ids("Shenzhen Huawei Device Co., Ltd.")).contains("huawei");
    }

    @Test
    void namesOfLegalFormsAloneAreNeitherIndexedNorScreened() {
        assertThat(SCREENER.unscreenableNames()).isEqualTo(1);
        assertThat(ids("Joint Stock Company Aurora")).doesNotContain("jsc");
        assertThat(ids("GmbH")).isEmpty();
        assertThatThrownBy(() -> PartyInput.name("name", "Co., Ltd.")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("too little to screen on");
        // The refusal is typed: a caller tells "nothing to screen on" from a malformed name without reading words.
        assertThatThrownBy(() -> PartyInput.name("party", "GmbH")).isInstanceOfSatisfying(BadRequestException.class,
                e -> {
                    assertThat(e.kind()).isEqualTo(BadRequestException.Kind.NOTHING_TO_SCREEN);
                    assertThat(e.field()).isEqualTo("party");
                });
        assertThatThrownBy(() -> PartyInput.name("party", "   ")).isInstanceOfSatisfying(BadRequestException.class,
                e -> assertThat(e.kind()).isNotEqualTo(BadRequestException.Kind.NOTHING_TO_SCREEN));
        // Several generic words may be a listed name: screened, the same words only.
        assertThat(ids("Oil Industry Investment Company")).containsExactly("oil");
        assertThat(ids("Oil Industry Investment Group")).isEmpty();
    }
}
