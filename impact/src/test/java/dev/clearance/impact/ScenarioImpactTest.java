package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.RegimeData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** What-if scenarios applied on top of the bundled regimes, compared with the regimes as they stand at each order's date. */
class ScenarioImpactTest {
    private static final List<OrderBooks.Order> BOOK = OrderBooks.generate(7, 3000, LocalDate.of(2019, 1, 1),
            LocalDate.of(2023, 12, 31));
    private static final String CSV = OrderBooks.csv(BOOK);

    static Scenario scenario(String yaml) {
        return ScenarioLoader.parse("scenario.yaml", yaml.getBytes(StandardCharsets.UTF_8), RegimeData.bundled());
    }

    static Impacts impact(Scenario s, LocalDate day) {
        Regimes bundled = RegimeData.bundled();
        List<Regime> changed = new ArrayList<>();
        for (Regime r : bundled.all()) {
            changed.add(r.jurisdiction().equals(s.jurisdiction()) ? s.applyTo(r) : r);
        }
        return Impacts.run(CSV, new BookImpact(new ImpactSide("as it stands", new DeterminationEngine(bundled), day),
                new ImpactSide("with scenario", new DeterminationEngine(new Regimes(changed)), day)));
    }

    private static Impacts assertChangesExactly(String yaml, Predicate<OrderBooks.Order> rule) {
        Impacts impact = impact(scenario(yaml), null);
        List<String> expected = BOOK.stream().filter(rule).map(OrderBooks.Order::id).toList();
        assertThat(expected).as("the generated book exercises the scenario").hasSizeGreaterThan(10);
        assertThat(impact.changes.keySet()).containsExactlyElementsOf(expected);
        assertThat(impact.rejected).isEmpty();
        return impact;
    }

    static boolean within(OrderBooks.Order o, String from, String to) {
        return !o.date().isBefore(LocalDate.parse(from)) && o.date().isBefore(LocalDate.parse(to));
    }

    @Test
    void anEmptyScenarioChangesNothing() {
        for (String j : List.of("JP", "KR")) {
            Impacts impact = impact(scenario("jurisdiction: " + j + "\ntitle: nothing\nchanges: []\n"), null);
            assertThat(impact.changes).isEmpty();
            assertThat(impact.totals.lines()).isEqualTo(BOOK.size());
        }
    }

    @Test
    void koreaBackInGroupAFrom2020ChangesKoreaBoundLinesUntilItReallyWentBack() {
        Impacts impact = assertChangesExactly("""
                jurisdiction: JP
                title: Korea back in Group A from 2020
                changes:
                  - {kind: move-country, country: KR, leave: B, join: A, from: 2020-01-01, rationale: "supposed early settlement"}
                """, o -> RegimeChangesImpactTest.jpToKr(o) && within(o, "2020-01-01", "2023-07-21")
                && (o.listed() && !(RegimeChangesImpactTest.threeItems(o) && o.date().isBefore(LocalDate.parse("2023-03-23")))
                || RegimeChangesImpactTest.japaneseCatchAllTriggers(o) || RegimeChangesImpactTest.japaneseCatchAllUnsure(o)));
        assertThat(impact.totals.byLicence().get("GENERAL_BULK").gained()).isPositive();
        assertThat(impact.changes.values().iterator().next().after().trace().toString())
                .contains("scenario scenario.yaml: supposed early settlement");
    }

    @Test
    void liftingTheThreeItemMeasureEarlyChangesOnlyThoseItemsToKorea() {
        Impacts impact = assertChangesExactly("""
                jurisdiction: JP
                title: three items lifted in 2020
                changes:
                  - kind: lift-measure
                    measure: JP-2019-07-04-KR-THREE-ITEMS
                    from: 2020-01-01
                    source: "hypothetical"
                """, o -> RegimeChangesImpactTest.jpToKr(o) && o.listed() && RegimeChangesImpactTest.threeItems(o)
                && within(o, "2020-01-01", "2023-03-23"));
        assertThat(impact.totals.reviewBecameUnknown()).isEqualTo(impact.changes.size());
    }

    @Test
    void aNewMeasureOnMachineToolsToChinaNeedsIndividualLicences() {
        Impacts impact = assertChangesExactly("""
                jurisdiction: JP
                title: machine tools to China
                changes:
                  - kind: add-measure
                    code: WHAT-IF-CN-2B001
                    title: machine tools to China, individual licences only
                    items: [{entry: 2B001}]
                    destinations: [CN]
                    from: 2021-06-01
                    allowedLicences: [INDIVIDUAL]
                    reviewDays: 60
                    source: "hypothetical"
                """, o -> o.from().equals("JP") && o.to().equals("CN") && o.item().equals("2B001")
                && !o.date().isBefore(LocalDate.parse("2021-06-01")));
        impact.changes.values().forEach(c -> {
            assertThat(c.after().licenceOptions()).containsExactly("INDIVIDUAL");
            assertThat(c.after().reviewDays()).isEqualTo(60);
            assertThat(c.reasons()).contains("WHAT-IF-CN-2B001");
        });
    }

    @Test
    void longerReviewsForGa2ChangeKoreanListedExportsToJapanInThatYearOnly() {
        Impacts impact = assertChangesExactly("""
                jurisdiction: KR
                title: Ga-2 reviews take 30 days in 2020
                changes:
                  - {kind: change-processing, licence: INDIVIDUAL, group: Ga-2, from: 2020-01-01, to: 2021-01-01, reviewDays: 30, source: "hypothetical"}
                """, o -> RegimeChangesImpactTest.krToJp(o) && (o.listed() || RegimeChangesImpactTest.koreanCatchAllTriggers(o, o.date()))
                && within(o, "2020-01-01", "2021-01-01"));
        impact.changes.values().forEach(c -> {
            assertThat(c.after().reviewDays()).isEqualTo(30);
            assertThat(c.after().documents()).as("documents kept from the rule in force").isEqualTo(5);
        });
        assertThat(impact.totals.addedReviewDays()).isEqualTo(15L * impact.changes.size());
    }

    @Test
    void aScenarioCanBeComparedOnOneDayInsteadOfEachOrdersDate() {
        Scenario s = scenario("""
                jurisdiction: JP
                title: Korea back in A
                changes:
                  - {kind: move-country, country: KR, leave: B, join: A, from: 2020-01-01, source: "hypothetical"}
                """);
        Impacts impact = impact(s, LocalDate.parse("2019-12-31"));
        assertThat(impact.changes).isEmpty();
        Impacts later = impact(s, LocalDate.parse("2020-06-01"));
        assertThat(later.changes.keySet()).containsExactlyElementsOf(BOOK.stream()
                .filter(o -> RegimeChangesImpactTest.jpToKr(o) && (o.listed() && !RegimeChangesImpactTest.threeItems(o)
                        || RegimeChangesImpactTest.japaneseCatchAllTriggers(o) || RegimeChangesImpactTest.japaneseCatchAllUnsure(o)))
                .map(OrderBooks.Order::id).toList());
    }

    @Test
    void theRegimeItselfIsLeftAsItIs() {
        Regime jp = RegimeData.bundled().require("JP");
        Regime changed = scenario("""
                jurisdiction: JP
                title: t
                changes:
                  - {kind: move-country, country: KR, leave: B, join: A, from: 2020-01-01, source: "s"}
                """).applyTo(jp);
        LocalDate day = LocalDate.parse("2021-01-01");
        assertThat(jp.standing("KR", day).groups()).contains("B").doesNotContain("A");
        assertThat(changed.standing("KR", day).groups()).contains("A").doesNotContain("B");
        assertThat(changed.version()).isNotEqualTo(jp.version());
    }
}
