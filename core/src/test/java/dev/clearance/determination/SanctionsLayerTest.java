package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.LicencePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases of issue 17 against the sanctions layer (regimes/sanctions/*.yaml, sanctions.md §2-§6). */
class SanctionsLayerTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    private Determination d(String from, String to, String item, String hs, EndUse use, String day) {
        return engine.determine(new ExportRequest(from, to, item, null, hs, LocalDate.parse(day), use, null, false));
    }

    private Determination d(String from, String to, String item, String day) {
        return d(from, to, item, null, EndUse.CIVIL, day);
    }

    @Test
    void euDualUseToRussiaBelarusAndNorthKoreaIsProhibitedWithItsDerogationsNamed() {
        for (String to : List.of("RU", "BY", "KP")) {
            Determination x = d("DE", to, "3C002", "2023-01-01");
            assertThat(x.prohibited()).as(to).isTrue();
            assertThat(x.licenceRequired()).isTrue();
            assertThat(x.licenceOptions()).isEmpty();
            assertThat(x.summary()).startsWith("Prohibited");
        }
        Determination ru = d("DE", "RU", "3C002", "2022-02-26");
        assertThat(ru.trace()).anyMatch(s -> s.rule().equals("derogation EU-833-2014-ART2-RU")
                && s.effect().startsWith("CHECK:") && s.effect().contains("competent authority"));
        // Annex I's entry texts were not read (EU-ANNEX-I-TEXTS, UNCONFIRMED): whether the good is the entry is in doubt.
        assertThat(ru.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(ru.trace()).anyMatch(s -> s.rule().equals("EU-ANNEX-I-TEXTS") && s.effect().contains("check"));
        Determination before = d("DE", "RU", "3C002", "2022-02-25");
        assertThat(before.prohibited()).isFalse();
        assertThat(before.licenceOptions()).contains("INDIVIDUAL");
        assertThat(d("DE", "RU", "3C002", null, EndUse.CONVENTIONAL_WEAPONS, "2022-02-25").prohibited())
                .as("the 2014 text: military end users").isTrue();
    }

    @Test
    void japaneseListItemsToRussiaAndBelarusAreBannedFrom2022_03_18() {
        for (String to : List.of("RU", "BY")) {
            assertThat(d("JP", to, "3C002", "2022-03-17").prohibited()).as(to).isFalse();
            Determination on = d("JP", to, "3C002", "2022-03-18");
            assertThat(on.prohibited()).as(to).isTrue();
            assertThat(on.licenceOptions()).isEmpty();
            assertThat(on.trace()).anyMatch(s -> s.rule().equals("derogation JP-RU-BY-REGIME-ITEMS")
                    && s.effect().contains("METI"));
        }
    }

    @Test
    void koreanStrategicItemsToRussiaAreRefusedInPrincipleNeverA15DayReview() {
        Determination before = d("KR", "RU", "3C002", "2022-02-27");
        assertThat(before.policy()).isNull();
        assertThat(before.reviewDays()).isEqualTo(15);
        Determination on = d("KR", "RU", "3C002", "2022-02-28");
        assertThat(on.licenceRequired()).isTrue();
        assertThat(on.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(on.reviewDays()).isNull();
        assertThat(on.summary()).startsWith("Licence required, policy of denial");
        assertThat(DeterminationJson.toMap(on)).containsEntry("policy", "denial");
        assertThat(d("KR", "BY", "3C002", "2022-03-06").policy()).isNull();
        Determination by = d("KR", "BY", "3C002", "2022-03-07");
        assertThat(by.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(by.confidence()).as("Belarus rests on news: CHECK").isEqualTo(Confidence.CHECK);
    }

    @Test
    void koreanShipmentsToTheNorthAreTheUnificationMinistersToDecideAndUnBannedGoodsProhibited() {
        Determination wa = d("KR", "KP", "3C002", "2020-01-01");
        assertThat(wa.prohibited()).isFalse();
        assertThat(wa.authority()).contains("Minister of Unification");
        assertThat(wa.licenceOptions()).containsExactly("UNIFICATION_APPROVAL");
        assertThat(wa.summary()).contains("decided by the Minister of Unification");
        Determination ag = d("KR", "KP", "1C350", "2020-01-01");
        assertThat(ag.prohibited()).isTrue();
        assertThat(ag.authority()).contains("Minister of Unification");
        assertThat(ag.summary()).startsWith("Prohibited").contains("nor can the Minister of Unification");
        assertThat(ag.licenceOptions()).isEmpty();
        Determination machinery = d("KR", "KP", null, "8471", EndUse.CIVIL, "2020-01-01");
        assertThat(machinery.prohibited()).isTrue();
        Determination food = d("KR", "KP", null, "0901", EndUse.CIVIL, "2020-01-01");
        assertThat(food.prohibited()).isFalse();
        assertThat(food.authority()).contains("Minister of Unification");
        assertThat(food.confidence()).as("the UN bans 'and more' are not encoded").isNotEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void computersAndChipsByHsCodeToRussiaAndBelarusAreNeverClearedConfirmed() {
        for (String from : List.of("DE", "JP", "KR", "US")) {
            for (String to : List.of("RU", "BY")) {
                for (String hs : List.of("8471", "854231", "8517")) {
                    Determination x = d(from, to, null, hs, EndUse.CIVIL, from.equals("US") ? "2026-09-01" : "2024-06-01");
                    assertThat(!x.licenceRequired() && x.confidence() == Confidence.CONFIRMED)
                            .as(from + "->" + to + " HS " + hs + ": " + x.summary()).isFalse();
                }
            }
        }
    }

    @Test
    void usExportsToIranAreOfacsToAuthorise() {
        Determination x = d("US", "IR", "EAR99", "2026-09-01");
        assertThat(x.licenceRequired()).isTrue();
        assertThat(x.authority()).startsWith("OFAC");
        assertThat(x.licenceOptions()).containsExactly("OFAC_LICENCE");
        assertThat(x.summary()).contains("decided by OFAC");
    }

    @Test
    void usEar99ToRussiaTurnsOnTheHtsCode() {
        Determination computers = d("US", "RU", "EAR99", "8471", EndUse.CIVIL, "2026-09-01");
        assertThat(computers.licenceRequired()).isTrue();
        assertThat(computers.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(computers.confidence()).isEqualTo(Confidence.CHECK);
        Determination coffee = d("US", "RU", "EAR99", "0901", EndUse.CIVIL, "2026-09-01");
        assertThat(coffee.licenceRequired()).as(coffee.summary()).isFalse();
        assertThat(coffee.confidence()).as("food is not known to be carved out").isEqualTo(Confidence.CHECK);
        Determination listed = d("US", "RU", "3C002", "2026-09-01");
        assertThat(listed.policy()).isEqualTo(LicencePolicy.DENIAL);
        assertThat(listed.licenceOptions()).containsExactly("LICENSE");
    }

    @Test
    void usMilitaryEndUseRuleReachesItsSupplementItemsWithADenialPolicy() {
        Determination mil = d("US", "CN", "3A991", null, EndUse.CONVENTIONAL_WEAPONS, "2026-09-01");
        assertThat(mil.licenceRequired()).isTrue();
        assertThat(mil.policy()).isEqualTo(LicencePolicy.DENIAL);
        Determination civil = d("US", "CN", "3A991", null, EndUse.CIVIL, "2026-09-01");
        assertThat(civil.policy()).isNull();
        Determination unknown = d("US", "CN", "3A991", null, EndUse.UNKNOWN, "2026-09-01");
        assertThat(unknown.confidence()).isNotEqualTo(Confidence.CONFIRMED);
    }

    @Test
    void aNotifyMeasureSaysTheAuthorityDecides() {
        dev.clearance.regime.Regime eu = engine.regimes().require("EU");
        String yaml = """
                jurisdiction: EU
                source: test
                measures:
                  - {code: NOTIFY-TEST, title: "Art. 5 cyber-surveillance (test)", destinations: [CN], items: {kind: all},
                     endUses: [wmd], effect: notify, authority: "the competent authority", source: test}
                """;
        dev.clearance.regime.Regime withNotify = eu.withSanctions(dev.clearance.regime.read.SanctionsLoader.parse("t.yaml",
                yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), "EU"), "test");
        Determination x = new DeterminationEngine(engine.regimes(), false).determine(withNotify,
                new ExportRequest("DE", "CN", null, null, "8471", LocalDate.parse("2023-01-01"), EndUse.WMD, null, false));
        assertThat(x.licenceRequired()).isTrue();
        assertThat(x.notifyAuthority()).isTrue();
        assertThat(x.authority()).isEqualTo("the competent authority");
        assertThat(x.summary()).contains("notify the competent authority");
        assertThat(DeterminationJson.toMap(x)).containsEntry("notify", true);
    }

    @Test
    void japansDnrLnrBanMakesUkraineCheckNeverClear() {
        Determination ua = d("JP", "UA", null, "0901", EndUse.CIVIL, "2022-03-01");
        assertThat(ua.prohibited()).isFalse();
        assertThat(ua.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(ua.trace()).anyMatch(s -> s.rule().equals("JP-DNR-LNR") && s.effect().startsWith("CHECK: may apply"));
        // Donetsk oblast holds the DNR: check from the ban's first day, clear the day before (without a region, Crimea,
        // whose export position is not encoded for Japan, keeps any day check)
        assertThat(engine.determine(new ExportRequest("JP", "UA", null, null, "0901", LocalDate.parse("2022-02-26"),
                EndUse.CIVIL, null, false, null, null, "UA-14")).confidence()).isEqualTo(Confidence.CHECK);
        assertThat(engine.determine(new ExportRequest("JP", "UA", null, null, "0901", LocalDate.parse("2022-02-25"),
                EndUse.CIVIL, null, false, null, null, "UA-14")).confidence()).isEqualTo(Confidence.CONFIRMED);
        assertThat(d("JP", "UA", null, "0901", EndUse.CIVIL, "2022-02-25").trace())
                .anyMatch(s -> s.rule().equals("JP-CRIMEA-EXPORTS") && s.effect().startsWith("CHECK: may apply"));
    }
}
