package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.clearance.input.BadRequestException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facts of the November 2026 audit (regimes.md §8), each on both sides of its date where it has one. */
class AuditFactsTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    private Determination d(String from, String to, String item, String day) {
        return engine.determine(ExportRequest.of(from, to, item, LocalDate.parse(day)));
    }

    private Determination unlisted(String from, String to, String hs, EndUse use, boolean informed, String day) {
        return engine.determine(new ExportRequest(from, to, null, null, hs, LocalDate.parse(day), use, null, informed));
    }

    @Test
    void koreasGaHoldsEveryFourRegimeCountryAndGa1TheTwentyEightOtherThanJapan() {
        for (String to : List.of("DE", "IT", "UA", "TR", "NL", "CZ")) {
            for (String day : List.of("2019-03-01", "2019-09-17", "2019-09-18", "2023-04-23", "2023-04-24")) {
                Determination x = d("KR", to, "3C002", day);
                assertThat(x.licenceOptions()).as(to + " " + day).containsExactly("COMPREHENSIVE", "INDIVIDUAL");
                assertThat(List.of(x.reviewDays(), x.documents())).as(to + " " + day).containsExactly(5, 3);
            }
        }
        // Iceland is not in Ga: Na treatment.
        Determination is = d("KR", "IS", "3C002", "2020-01-01");
        assertThat(is.licenceOptions()).containsExactly("INDIVIDUAL");
        assertThat(is.reviewDays()).isEqualTo(15);
        assertThat(is.trace()).noneMatch(s -> s.effect().contains("only partly encoded"));
    }

    @Test
    void japansCatchAllRevisionOf9October2025() {
        // Group A is no longer exempt from an inform notice.
        assertThat(unlisted("JP", "US", "8479", EndUse.CIVIL, true, "2025-10-08").licenceRequired()).isFalse();
        Determination informed = unlisted("JP", "US", "8479", EndUse.CIVIL, true, "2025-10-09");
        assertThat(informed.licenceRequired()).isTrue();
        assertThat(informed.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(unlisted("JP", "US", "8479", EndUse.WMD, false, "2025-10-09").licenceRequired())
                .as("the objective requirement still spares Group A").isFalse();
        // The conventional end use reaches every non-A destination for listed high-priority goods.
        assertThat(unlisted("JP", "MX", "8458", EndUse.CONVENTIONAL_WEAPONS, false, "2025-10-08").licenceRequired()).isFalse();
        assertThat(unlisted("JP", "MX", "8458", EndUse.CONVENTIONAL_WEAPONS, false, "2025-10-09").licenceRequired()).isTrue();
        assertThat(unlisted("JP", "MX", "8461.20", EndUse.CONVENTIONAL_WEAPONS, false, "2026-01-01").licenceRequired()).isTrue();
        // A heading not known to be on the list: no licence, but the list is only partly known.
        Determination other = unlisted("JP", "MX", "8479", EndUse.CONVENTIONAL_WEAPONS, false, "2026-01-01");
        assertThat(other.licenceRequired()).isFalse();
        assertThat(other.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(other.trace()).anyMatch(s -> s.rule().equals("CAVEAT") && s.effect().contains("8479"));
        // No heading given: conservatively among the listed goods.
        Determination noHs = unlisted("JP", "MX", null, EndUse.CONVENTIONAL_WEAPONS, false, "2026-01-01");
        assertThat(noHs.licenceRequired()).isTrue();
        assertThat(noHs.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(unlisted("JP", "DE", "8458", EndUse.CONVENTIONAL_WEAPONS, false, "2026-01-01").licenceRequired())
                .as("Group A stays exempt from the objective requirement").isFalse();
    }

    @Test
    void appendedTable32RemovalsAndLiberiasUnknownDeletion() {
        // Côte d'Ivoire (2016-07-29) and Eritrea (2018-12-19) left before the data begins: no caveat, no licence.
        for (String to : List.of("CI", "ER")) {
            Determination x = unlisted("JP", to, "8479", EndUse.CONVENTIONAL_WEAPONS, false, "2019-01-01");
            assertThat(x.licenceRequired()).as(to).isFalse();
            assertThat(x.confidence()).as(to).isEqualTo(Confidence.CONFIRMED);
            assertThat(x.trace()).as(to).noneMatch(s -> s.effect().contains("AT3-2") && s.effect().contains("may"));
        }
        Determination lr = unlisted("JP", "LR", "8479", EndUse.CONVENTIONAL_WEAPONS, false, "2020-01-01");
        assertThat(lr.licenceRequired()).isTrue();
        assertThat(lr.confidence()).isEqualTo(Confidence.UNCERTAIN);
        assertThat(lr.trace()).anyMatch(s -> s.rule().equals("UNCERTAIN") && s.effect().contains("2016-08-05"));
        // South Sudan joined on 2019-04-12.
        assertThat(unlisted("JP", "SS", "8479", EndUse.CONVENTIONAL_WEAPONS, false, "2019-04-11").licenceRequired()).isFalse();
        assertThat(unlisted("JP", "SS", "8479", EndUse.CONVENTIONAL_WEAPONS, false, "2019-04-12").confidence())
                .isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void northKoreaIsProhibitedWhateverTheItemAndDate() {
        for (String item : new String[] {"3C002", "2B001", null}) {
            for (String day : List.of("2019-01-01", "2023-07-21", "2026-11-29")) {
                Determination x = d("JP", "KP", item, day);
                assertThat(x.prohibited()).isTrue();
                assertThat(x.licenceRequired()).isTrue();
                assertThat(x.licenceOptions()).isEmpty();
                assertThat(x.summary()).startsWith("Prohibited");
            }
        }
        assertThat(d("KR", "KP", "3C002", "2020-01-01").prohibited()).as("Korea's data has no such ban").isFalse();
    }

    @Test
    void bulkLicencesAreNeverOfferedToAppendedTable4AndAreMarkedCheckElsewhere() {
        Determination ir = d("JP", "IR", "3C002", "2024-01-01");
        assertThat(ir.licenceOptions()).containsExactly("INDIVIDUAL");
        Determination cn = d("JP", "CN", "3C002", "2024-01-01");
        assertThat(cn.licenceOptions()).containsExactly("SPECIAL_GENERAL_BULK", "SPECIFIC_BULK", "SPECIAL_RETURNS_BULK",
                "SPECIFIC_SUBSIDIARY_BULK", "INDIVIDUAL");
        assertThat(cn.trace()).filteredOn(s -> s.rule().equals("SPECIFIC_BULK")).singleElement()
                .satisfies(s -> assertThat(s.effect()).startsWith("offered, CHECK"));
    }

    @Test
    void theThreeItemMeasureCoversTheirTechnologyConservatively() {
        assertThat(d("JP", "KR", "3E001", "2019-07-03").licenceOptions()).contains("GENERAL_BULK");
        Determination tech = d("JP", "KR", "3E001", "2019-07-04");
        assertThat(tech.licenceOptions()).containsExactly("INDIVIDUAL");
        assertThat(tech.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(d("JP", "KR", "1E001", "2023-03-23").licenceOptions()).doesNotContain("GENERAL_BULK")
                .contains("SPECIAL_GENERAL_BULK");
        assertThat(d("JP", "KR", "3C002.a.2", "2019-07-10").confidence()).isEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void theTraceNamesEachLicenceTypeOnceAfterTheMeasureThatNarrowsThem() {
        Determination x = d("JP", "KR", "3C002", "2019-07-10");
        List<String> rules = x.trace().stream().map(TraceStep::rule).toList();
        for (String type : List.of("GENERAL_BULK", "SPECIAL_GENERAL_BULK", "SPECIFIC_BULK", "INDIVIDUAL")) {
            assertThat(rules).as(type).containsOnlyOnce(type);
        }
        assertThat(rules.indexOf("JP-2019-07-04-KR-THREE-ITEMS")).isLessThan(rules.indexOf("GENERAL_BULK"));
        assertThat(x.trace()).filteredOn(s -> s.rule().equals("SPECIAL_GENERAL_BULK")).singleElement()
                .satisfies(s -> assertThat(s.effect()).startsWith("not offered"));
    }

    @Test
    void koreasNa2CountsUncertainlyBeforeItsSourceWithoutChangingTheAnswer() {
        Determination before = d("KR", "SY", "3C002", "2022-06-01");
        assertThat(before.trace()).anyMatch(s -> s.rule().equals("UNCERTAIN") && s.effect().contains("Na-2"));
        assertThat(before.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(d("KR", "SY", "3C002", "2023-03-01").trace()).noneMatch(s -> s.rule().equals("UNCERTAIN"));
    }

    @Test
    void answersAfterTheReviewCarryTheCaveatAndCheck() {
        Determination on = d("JP", "KR", "2B001", "2026-11-29");
        assertThat(on.confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(on.trace()).noneMatch(s -> s.effect().contains("reviewed up to"));
        for (String from : List.of("JP", "KR")) {
            Determination after = d(from, from.equals("JP") ? "KR" : "JP", "2B001", "2026-11-30");
            assertThat(after.confidence()).isEqualTo(Confidence.CHECK);
            assertThat(after.trace()).anyMatch(s -> s.rule().equals("CAVEAT")
                    && s.effect().contains("reviewed up to 2026-11-29; later changes are not known"));
        }
    }

    @Test
    void theControlListIsACatalogueOfRealEntries() {
        assertThat(d("JP", "CN", "1C350", "2024-01-01").trace()).anyMatch(s -> s.effect().contains("row 3(1)"));
        assertThat(d("JP", "CN", "1C351", "2024-01-01").trace()).anyMatch(s -> s.effect().contains("row 3-2"));
        assertThat(d("JP", "CN", "2B350", "2024-01-01").trace()).anyMatch(s -> s.effect().contains("row 3 (chemical"));
        assertThat(d("JP", "CN", "9A101", "2024-01-01").trace()).anyMatch(s -> s.effect().contains("row 4"));
        assertThat(d("JP", "CN", "2B228", "2024-01-01").trace()).anyMatch(s -> s.effect().contains("row 2"));
        assertThat(d("JP", "CN", "2B001.a", "2024-01-01").trace()).anyMatch(s -> s.effect().contains("row 6"));
        assertThat(d("KR", "CN", "1C350", "2024-01-01").licenceRequired()).isTrue();
        // A US-only ECCN: unlisted, catch-all by HS chapter, and the trace says why.
        for (String code : List.of("3A090", "4A090", "5A992")) {
            Determination x = d("JP", "CN", code, "2024-01-01");
            assertThat(x.licenceRequired()).as(code).isFalse();
            assertThat(x.trace()).as(code).anyMatch(s -> s.effect().contains("US-only ECCN"));
        }
        assertThat(engine.determine(new ExportRequest("KR", "CN", "5A992", null, "8517", LocalDate.parse("2024-01-01"),
                EndUse.WMD, null, false)).catchAll()).isTrue();
        // A code that exists nowhere is bad input, naming the regime's list.
        assertThatThrownBy(() -> d("JP", "CN", "3C099", "2024-01-01")).isInstanceOf(BadRequestException.class)
                .hasMessage("item: 3C099: not an entry of the Japanese control list");
        assertThatThrownBy(() -> d("KR", "CN", "3C099.a", "2024-01-01"))
                .hasMessage("item: 3C099.a: not an entry of the Korean control list");
        assertThatThrownBy(() -> d("JP", "CN", "0A501", "2024-01-01")).extracting("field").isEqualTo("item");
    }
}
