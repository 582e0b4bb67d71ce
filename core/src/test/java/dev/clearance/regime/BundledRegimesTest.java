package dev.clearance.regime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BundledRegimesTest {
    private final Regime jp = RegimeData.bundled().require("JP");
    private final Regime kr = RegimeData.bundled().require("KR");

    private long groupSize(Regime r, String group, String day) {
        return RegimeView.facts(r, LocalDate.parse(day)).stream()
                .filter(f -> f.section().equals("membership") && f.subject().equals(group)
                        && f.statement().endsWith(" is in " + group)).count();
    }

    @Test
    void groupAHas27Then26Then27Countries() {
        assertThat(groupSize(jp, "A", "2019-08-27")).isEqualTo(27);
        assertThat(groupSize(jp, "A", "2019-08-28")).isEqualTo(26);
        assertThat(groupSize(jp, "A", "2023-07-20")).isEqualTo(26);
        assertThat(groupSize(jp, "A", "2023-07-21")).isEqualTo(27);
    }

    @Test
    void koreaMovesFromAToBAndBack() {
        assertThat(jp.standing("KR", LocalDate.parse("2019-08-27")).groups()).containsExactly("A");
        assertThat(jp.standing("KR", LocalDate.parse("2019-08-28")).groups()).containsExactly("B");
        assertThat(jp.standing("KR", LocalDate.parse("2023-07-21")).groups()).containsExactly("A");
    }

    @Test
    void japanIsAloneInGa2From18September2019To24April2023() {
        assertThat(kr.standing("JP", LocalDate.parse("2019-09-17")).groups()).containsExactly("Ga");
        assertThat(kr.standing("JP", LocalDate.parse("2019-09-18")).groups()).containsExactly("Ga-2");
        assertThat(kr.standing("JP", LocalDate.parse("2023-04-24")).groups()).containsExactly("Ga");
        assertThat(groupSize(kr, "Ga-2", "2020-01-01")).isEqualTo(1);
    }

    @Test
    void residualGroupsTakeEveryOtherCountryAndWarnAboutIncompleteOnes() {
        Standing th = jp.standing("TH", LocalDate.parse("2020-01-01"));
        assertThat(th.groups()).containsExactly("C");
        assertThat(th.caveats()).anyMatch(c -> c.startsWith("B is only partly encoded"));
        assertThat(kr.standing("CN", LocalDate.parse("2024-01-01")).groups()).containsExactly("Na", "Na-1");
        assertThat(kr.standing("SY", LocalDate.parse("2024-01-01")).groups()).containsExactly("Na-2", "Na");
    }

    @Test
    void koreasNa2CountsConservativelyButUncertainlyBeforeItsMarch2023Source() {
        Standing before = kr.standing("SY", LocalDate.parse("2023-02-28"));
        assertThat(before.groups()).containsExactly("Na-2", "Na");
        assertThat(before.uncertain()).containsExactly("Na-2");
        assertThat(before.doubts()).singleElement().asString().contains("UNCERTAIN").contains("2023-03-01");
        Standing after = kr.standing("SY", LocalDate.parse("2023-03-01"));
        assertThat(after.groups()).containsExactly("Na-2", "Na");
        assertThat(after.uncertain()).isEmpty();
    }

    @Test
    void gaHas29MembersAndGa1The28OtherThanJapan() {
        assertThat(groupSize(kr, "Ga", "2019-03-01")).isEqualTo(29);
        assertThat(groupSize(kr, "Ga-1", "2020-01-01")).isEqualTo(28);
        assertThat(groupSize(kr, "Ga", "2023-04-24")).isEqualTo(29);
        assertThat(kr.standing("DE", LocalDate.parse("2020-01-01")).groups()).containsExactly("Ga-1");
        assertThat(kr.standing("UA", LocalDate.parse("2019-03-01")).groups()).containsExactly("Ga");
        assertThat(kr.standing("IS", LocalDate.parse("2020-01-01")).groups()).contains("Na").doesNotContain("Ga", "Ga-1");
        assertThat(kr.standing("DE", LocalDate.parse("2020-01-01")).caveats()).isEmpty();
    }

    @Test
    void southSudanJoinsAppendedTable32On12April2019() {
        assertThat(jp.standing("SS", LocalDate.parse("2019-04-11")).groups()).doesNotContain("AT3-2");
        assertThat(jp.standing("SS", LocalDate.parse("2019-04-12")).groups()).contains("AT3-2");
    }

    @Test
    void coteDIvoireAndEritreaLeftAppendedTable32Before2019() {
        for (String country : new String[] {"CI", "ER"}) {
            Standing s = jp.standing(country, LocalDate.parse("2019-01-01"));
            assertThat(s.groups()).as(country).doesNotContain("AT3-2");
            assertThat(s.caveats()).as(country).noneMatch(c -> c.contains("AT3-2"));
            assertThat(s.doubts()).as(country).isEmpty();
        }
    }

    @Test
    void liberiasUnknownDeletionCountsConservativelyAndUncertainly() {
        Standing lr = jp.standing("LR", LocalDate.parse("2020-01-01"));
        assertThat(lr.groups()).contains("AT3-2");
        assertThat(lr.uncertain()).containsExactly("AT3-2");
        assertThat(lr.doubts()).singleElement().asString().contains("jetro.go.jp");
    }

    @Test
    void appendedTable4IsIranIraqAndNorthKorea() {
        for (String c : new String[] {"IR", "IQ", "KP"}) {
            assertThat(jp.standing(c, LocalDate.parse("2024-01-01")).groups()).as(c).contains("AT4");
        }
        assertThat(jp.standing("SY", LocalDate.parse("2024-01-01")).groups()).doesNotContain("AT4");
        assertThat(jp.prohibition("KP", LocalDate.parse("2019-01-01"))).isPresent();
        assertThat(jp.prohibition("IR", LocalDate.parse("2019-01-01"))).isEmpty();
        assertThat(kr.prohibition("KP", LocalDate.parse("2019-01-01"))).isEmpty();
    }

    @Test
    void bothRegimesStateTheDayTheirFactsWereReviewed() {
        assertThat(jp.reviewed()).isEqualTo(LocalDate.parse("2026-11-29"));
        assertThat(kr.reviewed()).isEqualTo(LocalDate.parse("2026-11-29"));
        assertThat(jp.changeDays()).contains(LocalDate.parse("2026-11-30"), LocalDate.parse("2025-10-09"));
        assertThat(kr.changeDays()).contains(LocalDate.parse("2020-03-18"), LocalDate.parse("2020-09-19"));
    }

    @Test
    void entriesResolveToTheLongestListedEntryOrTheCategoryRule() {
        assertThat(jp.entry("3C002.a.2").orElseThrow().title()).contains("EUV");
        assertThat(jp.entry("3c002.A.2").orElseThrow().code()).isEqualTo("3C002.a.2");
        assertThat(jp.entry("3C002.a.9").orElseThrow().title()).isEqualTo("Resist materials");
        ControlEntry machine = jp.entry("2B001").orElseThrow();
        assertThat(machine.derived()).isTrue();
        assertThat(machine.localRef()).contains("row 6");
        assertThat(machine.regime()).isEqualTo("WA");
        // Category 0 (NSG trigger list) is not in the US CCL (NRC), but is a Japanese entry: added with its source, CHECK.
        ControlEntry reactor = jp.entry("0A001").orElseThrow();
        assertThat(reactor.regime()).isEqualTo("NSG");
        assertThat(reactor.check()).isTrue();
        assertThat(reactor.localRef()).contains("row 2");
        assertThat(jp.entry("0A099")).isEmpty();
        assertThat(jp.entryByCas("7664-39-3").orElseThrow().code()).isEqualTo("1C350");
    }

    @Test
    void changeDaysIncludeEveryDocumentedChange() {
        assertThat(jp.changeDays()).contains(LocalDate.parse("2019-07-04"), LocalDate.parse("2019-08-28"),
                LocalDate.parse("2023-03-23"), LocalDate.parse("2023-07-21"), LocalDate.parse("2019-04-12"));
        assertThat(kr.changeDays()).contains(LocalDate.parse("2019-09-18"), LocalDate.parse("2023-04-24"));
    }

    @Test
    void showRendersGroupsWithTheirMembersAndSources() {
        String text = RegimeView.text(jp, LocalDate.parse("2019-09-01"));
        assertThat(text).contains("B: Group B").contains("KR").contains("source:").contains("GENERAL_BULK");
        assertThat(text).doesNotContain("Memberships");
    }
}
