package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.input.BadRequestException;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeDataException;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Comparison, coverage, impact and scenarios over the US EAR and the EU beside Japan and Korea. */
class FourRegimesImpactTest {
    private static final Regimes REGIMES = RegimeData.bundled();
    private static final Regime US = REGIMES.require("US");
    private static final Regime EU = REGIMES.require("EU");
    private static final LocalDate DAY = LocalDate.parse("2026-09-01");

    /** A book over the four regimes: member states to Korea and elsewhere, the US, Japan and Korea. */
    private static final String BOOK = """
            id,from,to,item,date,value,currency
            de-kr-2021,DE,KR,3C002,2021-12-31,,
            de-kr-2022,DE,KR,3C002,2022-01-01,,
            fr-kr,FR,KR,2B001,2022-06-01,,
            fr-kr-unlisted,FR,KR,NONE,2022-06-01,,
            de-cn,DE,CN,3C002,2022-06-01,,
            de-jp,DE,JP,3C002,2022-06-01,,
            us-kr,US,KR,3C002,2026-09-01,,
            us-sg,US,SG,3C002.a.1,2026-09-01,2000,USD
            jp-kr,JP,KR,3C002,2022-06-01,,
            kr-jp,KR,JP,3C002,2022-06-01,,
            """;

    @Test
    void theUsAndTheEuComparedTreatEveryMemberStateOnceAndAlikeOnesAlike() {
        RegimeComparison c = RegimeComparison.of(DeterminationEngine.bundled(), US, EU, DAY);
        TreeSet<String> covered = new TreeSet<>();
        for (Treatment t : c.treatments()) {
            if (t.from().equals("US")) {
                covered.add(t.to());
                covered.addAll(t.alike());
                for (String other : t.alike()) {
                    assertThat(US.standing(other, DAY).groups()).as(other).isEqualTo(t.standing().groups());
                }
            }
        }
        assertThat(covered).hasSize(27).contains("DE", "FR", "CY").doesNotContain("GB");
        assertThat(c.rightToLeft().from()).isEqualTo("EU");
        assertThat(c.rightToLeft().to()).isEqualTo("US");
        assertThat(c.rightToLeft().samples().get(0).determination().licenceOptions()).contains("EU001");
        assertThat(ComparisonText.render(c)).contains("EU -> US: US is in").contains("US -> AT (and ");
    }

    @Test
    void aDayOutsideARegimesDataIsRefusedNamingTheField() {
        assertThatThrownBy(() -> RegimeComparison.of(DeterminationEngine.bundled(), REGIMES.require("JP"), US,
                LocalDate.parse("2026-07-22"))).isInstanceOf(BadRequestException.class).extracting("field")
                .isEqualTo("date");
        assertThatThrownBy(() -> Coverage.require(EU, LocalDate.parse("2018-12-31"), "from"))
                .isInstanceOf(BadRequestException.class).hasMessageContaining("2019-01-01").extracting("field")
                .isEqualTo("from");
        assertThat(Coverage.require(US, LocalDate.parse("2026-07-23"), "date")).isEqualTo("2026-07-23");
    }

    @Test
    void koreaIntoEu001ChangesOnlyListedExportsFromMemberStatesToKoreaFromItsDay() {
        Scenario s = ScenarioImpactTest.scenario("""
                jurisdiction: EU
                title: Korea into EU001
                changes:
                  - {kind: move-country, country: KR, join: EU001, from: 2022-01-01, rationale: "what if"}
                """);
        List<Regime> changed = new ArrayList<>();
        for (Regime r : REGIMES.all()) {
            changed.add(r.jurisdiction().equals("EU") ? s.applyTo(r) : r);
        }
        Impacts impact = Impacts.run(BOOK, new BookImpact(
                new ImpactSide("as it stands", new DeterminationEngine(REGIMES), null),
                new ImpactSide("with scenario", new DeterminationEngine(new Regimes(changed)), null)));
        assertThat(impact.rejected).isEmpty();
        assertThat(impact.changes.keySet()).containsExactly("de-kr-2022", "fr-kr");
        assertThat(impact.changes.get("fr-kr").after().licenceOptions()).contains("EU001");
        assertThat(impact.changes.get("fr-kr").before().licenceOptions()).doesNotContain("EU001");
        assertThat(impact.totals.byLicence().get("EU001").gained()).isEqualTo(2);
    }

    @Test
    void aScenarioMovingACountryBetweenUsCountryGroupsIsRefusedNamingTheChange() {
        assertThatThrownBy(() -> ScenarioImpactTest.scenario("""
                jurisdiction: US
                title: Singapore out of Country Group B
                changes:
                  - {kind: move-country, country: SG, leave: B, from: 2026-08-01, rationale: "what if"}
                """)).isInstanceOf(RegimeDataException.class).hasMessageContaining("changes[0].kind")
                .hasMessageContaining("Country Chart");
        Scenario empty = ScenarioImpactTest.scenario("jurisdiction: US\ntitle: nothing\nchanges: []\n");
        assertThat(empty.changes()).isEmpty();
    }

    @Test
    void aScenarioMayAddAndLiftUsSanctionsAndMeasuresFromTheirDays() {
        Scenario s = ScenarioImpactTest.scenario("""
                jurisdiction: US
                title: a Singapore ban on 3C002 and the Iran OFAC rule lifted
                changes:
                  - {kind: add-sanctions, code: X-SG, title: "supposed ban", destinations: [SG], items: {kind: listed, entries: [3C002]}, effect: prohibited, from: 2026-09-01, source: "a supposed measure (scenario)"}
                  - {kind: lift-sanctions, measure: "§746.7-IR-OFAC", from: 2026-09-01, rationale: "what if"}
                  - {kind: add-measure, code: X-CN, title: "licence only", items: [{entry: 3C002}], destinations: [CN], from: 2026-09-01, allowedLicences: [LICENSE], rationale: "what if"}
                """);
        Regime changed = s.applyTo(US);
        DeterminationEngine engine = new DeterminationEngine(REGIMES, false);
        LocalDate before = LocalDate.parse("2026-08-31");
        LocalDate on = LocalDate.parse("2026-09-01");
        var sg = dev.clearance.determination.ExportRequest.of("US", "SG", "3C002.a.1", on);
        assertThat(engine.determine(changed, sg).prohibited()).isTrue();
        assertThat(engine.determine(changed, sg.withDate(before)).prohibited()).isFalse();
        assertThat(engine.determine(US, sg).prohibited()).isFalse();
        var ir = dev.clearance.determination.ExportRequest.of("US", "IR", "EAR99", on);
        assertThat(engine.determine(US, ir).authority()).isNotNull();
        assertThat(engine.determine(changed, ir).authority()).isNull();
        assertThat(engine.determine(changed, ir.withDate(before)).authority()).isNotNull();
        var cn = dev.clearance.determination.ExportRequest.of("US", "CN", "3C002", on);
        assertThat(engine.determine(changed, cn).trace()).anyMatch(t -> t.rule().equals("X-CN")
                || t.effect().contains("X-CN"));
        assertThat(engine.determine(changed, cn.withDate(before)).trace()).noneMatch(t -> t.effect().contains("X-CN"));
    }

    @Test
    void theRegulationOf2021ChangesNoAnswerAndTheUkLeavingChangesExportsToIt() {
        Impacts regulation = Impacts.between(BOOK.lines().filter(l -> !l.startsWith("us-")).reduce("", (a, b) -> a + b
                + "\n"), LocalDate.parse("2021-09-08"), LocalDate.parse("2021-09-09"));
        assertThat(regulation.rejected).isEmpty();
        assertThat(regulation.changes).isEmpty();
        Impacts brexit = Impacts.between("id,from,to,item,date\nde-gb,DE,GB,3C002,2020-06-01\n"
                + "gb-jp,GB,JP,3C002,2020-06-01\n", LocalDate.parse("2020-12-31"), LocalDate.parse("2021-01-01"));
        assertThat(brexit.changes.keySet()).containsExactly("de-gb");
        assertThat(brexit.changes.get("de-gb").before().licenceRequired()).isFalse();
        assertThat(brexit.changes.get("de-gb").after().licenceOptions()).contains("EU001");
        // After 2020 the UK exports under no bundled regime: the line is refused, naming its column, not dropped.
        assertThat(brexit.rejected).hasSize(1);
        assertThat(brexit.rejected.get(0)).contains("column from: the line taken as of 2021-01-01");
    }

    @Test
    void aUsBookTakenAsOfADayBeforeTheDataIsRefusedLineByLine() {
        Impacts impact = Impacts.between("id,from,to,item,date\nus-cn,US,CN,3C002,2026-09-01\n"
                + "de-cn,DE,CN,3C002,2026-09-01\n", LocalDate.parse("2026-07-01"), DAY);
        assertThat(impact.rejected).hasSize(1);
        assertThat(impact.rejected.get(0)).contains("column date: the line taken as of 2026-07-01")
                .contains("2026-07-23");
        assertThat(impact.totals.lines()).isEqualTo(1);
    }
}
