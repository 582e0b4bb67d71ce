package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.ExportRequest;
import dev.clearance.regime.Fact;
import dev.clearance.regime.LicencePolicy;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeDataException;
import dev.clearance.regime.RegimeView;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.RegimeData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sanctions measures in the regime views (show, diff, compare, country timeline) and in what-if scenarios. */
class SanctionsViewsTest {
    private static final Regimes REGIMES = RegimeData.bundled();

    private static Scenario scenario(String yaml) {
        return ScenarioLoader.parse("scenario.yaml", yaml.getBytes(StandardCharsets.UTF_8), REGIMES);
    }

    @Test
    void showAndDiffStateTheMeasuresWithTheirDates() {
        Regime jp = REGIMES.require("JP");
        assertThat(RegimeView.facts(jp, LocalDate.parse("2022-03-17"))).noneMatch(f -> f.subject().equals("JP-RU-BY-REGIME-ITEMS"));
        List<Fact> on = RegimeView.facts(jp, LocalDate.parse("2022-03-18"));
        assertThat(on).anyMatch(f -> f.section().equals("sanctions") && f.subject().equals("JP-RU-BY-REGIME-ITEMS")
                && f.statement().contains("prohibited") && f.statement().contains("2022-03-18") && !f.source().isBlank());
        assertThat(RegimeView.text(jp, LocalDate.parse("2022-03-18"))).contains("Sanctions measures");
        List<RegimeChange> changes = RegimeDiff.between(jp, LocalDate.parse("2022-03-01"), LocalDate.parse("2022-03-31"));
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.day()).isEqualTo(LocalDate.parse("2022-03-18"));
            assertThat(c.added()).anyMatch(f -> f.subject().equals("JP-RU-BY-REGIME-ITEMS"));
        });
    }

    @Test
    void theCountryTimelineHasASanctionsLaneFromItsDay() {
        Timeline t = CountryTimeline.of(REGIMES.require("KR"), "RU", LocalDate.parse("2024-12-31"));
        assertThat(t.lanes()).anySatisfy(l -> {
            assertThat(l.kind()).isEqualTo("sanctions");
            assertThat(l.name()).startsWith("KR-RU-STRATEGIC").contains("denial");
            assertThat(l.intervals().get(0).from()).isEqualTo(LocalDate.parse("2022-02-28"));
        });
    }

    @Test
    void theComparisonProfileListsTheSanctions() {
        RegimeProfile p = RegimeProfile.of(REGIMES.require("EU"), LocalDate.parse("2023-01-01"));
        assertThat(p.sections().get("Sanctions")).anyMatch(r -> r.subject().equals("EU-833-2014-ART2-RU"));
    }

    @Test
    void aScenarioMayAddOrLiftASanctionsMeasure() {
        Regime kr = REGIMES.require("KR");
        ExportRequest ru = ExportRequest.of("KR", "RU", "3C002", LocalDate.parse("2027-02-01"));
        Determination now = new DeterminationEngine(REGIMES).determine(kr, ru);
        assertThat(now.policy()).isEqualTo(LicencePolicy.DENIAL);
        Regime lifted = scenario("""
                jurisdiction: KR
                title: lifted
                changes:
                  - {kind: lift-sanctions, measure: KR-RU-STRATEGIC, from: 2027-01-01, rationale: "a peace deal"}
                """).applyTo(kr);
        Determination after = new DeterminationEngine(REGIMES).determine(lifted, ru);
        assertThat(after.policy()).isNull();
        assertThat(after.reviewDays()).isEqualTo(15);
        Regime added = scenario("""
                jurisdiction: KR
                title: a ban on China
                changes:
                  - {kind: add-sanctions, code: X-CN, title: "a ban", destinations: [CN], items: {kind: listed},
                     effect: prohibited, from: 2027-01-01, source: "a draft"}
                """).applyTo(kr);
        ExportRequest cn = ExportRequest.of("KR", "CN", "3C002", LocalDate.parse("2027-02-01"));
        assertThat(new DeterminationEngine(REGIMES).determine(added, cn).prohibited()).isTrue();
        assertThat(new DeterminationEngine(REGIMES).determine(added, cn.withDate(LocalDate.parse("2026-12-31")))
                .prohibited()).isFalse();
        assertThatThrownBy(() -> scenario("""
                jurisdiction: KR
                title: bad
                changes:
                  - {kind: lift-sanctions, measure: NO-SUCH, from: 2027-01-01, rationale: x}
                """)).isInstanceOf(RegimeDataException.class).hasMessageContaining("changes[0].measure")
                .hasMessageContaining("unknown sanctions measure");
        assertThatThrownBy(() -> scenario("""
                jurisdiction: KR
                title: bad
                changes:
                  - {kind: add-sanctions, code: KR-RU-STRATEGIC, title: t, destinations: [RU], items: {kind: all},
                     effect: prohibited, source: s}
                """)).isInstanceOf(RegimeDataException.class).hasMessageContaining("duplicate sanctions measure");
    }
}
