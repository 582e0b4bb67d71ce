package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The impact of each 2019 and 2023 change of Japan and Korea on a generated order book: exactly the
 * lines the rules say change, and nothing else. The expectations are written from the fact sheet, not
 * from the engine.
 */
class RegimeChangesImpactTest {
    private static final List<OrderBooks.Order> BOOK = OrderBooks.generate(42, 4000, LocalDate.of(2019, 1, 1),
            LocalDate.of(2023, 12, 31));
    private static final String CSV = OrderBooks.csv(BOOK);
    private static final List<String> BULK_AND_INDIVIDUAL = List.of("GENERAL_BULK", "SPECIAL_GENERAL_BULK",
            "SPECIFIC_BULK", "SPECIAL_RETURNS_BULK", "SPECIFIC_SUBSIDIARY_BULK", "INDIVIDUAL");

    /** Fluorinated polyimide, resist, hydrogen fluoride (or an unnamed 1C350 substance, conservatively). */
    static boolean threeItems(OrderBooks.Order o) {
        return o.item().startsWith("3C002") || o.item().equals("1C009.b")
                || o.item().equals("1C350") && (o.cas().isEmpty() || o.cas().equals(OrderBooks.HF));
    }

    /** Japan's catch-all reaches the good to a non-A destination: WMD end use or notice, HS chapter in scope. */
    static boolean japaneseCatchAllTriggers(OrderBooks.Order o) {
        boolean inScope = o.hs().isEmpty() || !o.hs().startsWith("09");
        return !o.listed() && inScope && (o.endUse().equals("wmd") || o.informed());
    }

    /**
     * Japan's catch-all reaches the good but the end use is unknown and no notice was given: no licence,
     * with confidence check (regimes.md §8: the answer turns on what is not known).
     */
    static boolean japaneseCatchAllUnsure(OrderBooks.Order o) {
        boolean inScope = o.hs().isEmpty() || !o.hs().startsWith("09");
        return !o.listed() && inScope && o.endUse().equals("unknown") && !o.informed();
    }

    /**
     * Korea's situation licence (any HS code): a known WMD end use or notice for any destination, and
     * the conventional-weapons end use once the rule may be in force (from 2020-03-18, regimes.md §8.1).
     */
    static boolean koreanCatchAllTriggers(OrderBooks.Order o, LocalDate day) {
        return !o.listed() && (o.endUse().equals("wmd") || o.informed()
                || o.endUse().equals("conventional-weapons") && !day.isBefore(LocalDate.parse("2020-03-18")));
    }

    static boolean jpToKr(OrderBooks.Order o) {
        return o.from().equals("JP") && o.to().equals("KR");
    }

    static boolean krToJp(OrderBooks.Order o) {
        return o.from().equals("KR") && o.to().equals("JP");
    }

    private static Impacts assertChangesExactly(String before, String after, Predicate<OrderBooks.Order> rule) {
        Impacts impact = Impacts.between(CSV, LocalDate.parse(before), LocalDate.parse(after));
        List<String> expected = BOOK.stream().filter(rule).map(OrderBooks.Order::id).toList();
        assertThat(expected).as("the generated book exercises the change").hasSizeGreaterThan(20);
        assertThat(impact.changes.keySet()).containsExactlyElementsOf(expected);
        assertThat(impact.totals.changedLines()).isEqualTo(expected.size());
        assertThat(impact.totals.lines()).isEqualTo(BOOK.size());
        assertThat(impact.rejected).isEmpty();
        return impact;
    }

    private static Map<String, OrderBooks.Order> byId() {
        return BOOK.stream().collect(Collectors.toMap(OrderBooks.Order::id, Function.identity()));
    }

    @Test
    void koreaOffGroupAOn28August2019ChangesExactlyTheKoreaBoundLinesTheRulesSay() {
        Impacts impact = assertChangesExactly("2019-08-27", "2019-08-28",
                o -> jpToKr(o) && (o.listed() && !threeItems(o) || japaneseCatchAllTriggers(o)
                        || japaneseCatchAllUnsure(o)));
        Map<String, OrderBooks.Order> orders = byId();
        for (LineChange c : impact.changes.values()) {
            OrderBooks.Order o = orders.get(c.line().id());
            if (japaneseCatchAllUnsure(o)) {
                assertThat(c.after().licenceRequired()).isFalse();
                assertThat(c.after().confidence()).isEqualTo(dev.clearance.determination.Confidence.CHECK);
            } else if (o.listed()) {
                assertThat(c.before().licenceOptions()).isEqualTo(BULK_AND_INDIVIDUAL);
                assertThat(c.after().licenceOptions()).isEqualTo(BULK_AND_INDIVIDUAL.subList(1, 6));
                assertThat(c.reasons()).contains("GENERAL_BULK", "destination KR");
            } else {
                assertThat(c.before().licenceRequired()).isFalse();
                assertThat(c.after().licenceRequired()).isTrue();
                assertThat(c.after().catchAll()).isTrue();
                assertThat(c.after().licenceOptions()).containsExactly("INDIVIDUAL");
                assertThat(c.reasons()).contains("JP-CATCH-ALL-WMD");
            }
        }
        assertThat(impact.totals.byDestination()).containsOnlyKeys("KR");
        assertThat(impact.totals.byLicence().get("GENERAL_BULK").lost())
                .isEqualTo(BOOK.stream().filter(o -> jpToKr(o) && o.listed() && !threeItems(o)).count());
    }

    @Test
    void threeItemsToKoreaOn4July2019NeedAnIndividualLicenceFiledWithMetiHeadquarters() {
        Impacts impact = assertChangesExactly("2019-07-03", "2019-07-04", o -> jpToKr(o) && o.listed() && threeItems(o));
        for (LineChange c : impact.changes.values()) {
            assertThat(c.before().licenceOptions()).isEqualTo(BULK_AND_INDIVIDUAL);
            assertThat(c.after().licenceOptions()).containsExactly("INDIVIDUAL");
            assertThat(c.after().reviewDays()).isEqualTo(90);
            assertThat(c.after().filingOffice()).contains("METI headquarters");
            assertThat(c.reasons()).contains("JP-2019-07-04-KR-THREE-ITEMS");
        }
        // Before the measure Japan gave no review time, so none is added and none is lost.
        assertThat(impact.totals.addedReviewDays()).isZero();
    }

    @Test
    void japanInGa2From18September2019Needs15DaysAnd5Documents() {
        Impacts impact = assertChangesExactly("2019-09-17", "2019-09-18",
                o -> krToJp(o) && (o.listed() || koreanCatchAllTriggers(o, LocalDate.parse("2019-09-18"))));
        Map<String, OrderBooks.Order> orders = byId();
        for (LineChange c : impact.changes.values()) {
            if (orders.get(c.line().id()).listed()) {
                assertThat(c.before().licenceOptions()).containsExactly("COMPREHENSIVE", "INDIVIDUAL");
            }
            assertThat(c.after().licenceOptions()).containsExactly("INDIVIDUAL");
            assertThat(List.of(c.before().reviewDays(), c.before().documents())).containsExactly(5, 3);
            assertThat(List.of(c.after().reviewDays(), c.after().documents())).containsExactly(15, 5);
        }
        assertThat(impact.totals.addedReviewDays()).isEqualTo(10L * impact.changes.size());
        assertThat(impact.totals.byDestination().get("JP").addedReviewDays()).isEqualTo(10L * impact.changes.size());
    }

    @Test
    void threeItemsLiftedOn23March2023GetBulkLicencesBackButNoGeneralBulk() {
        Impacts impact = assertChangesExactly("2023-03-22", "2023-03-23", o -> jpToKr(o) && o.listed() && threeItems(o));
        for (LineChange c : impact.changes.values()) {
            assertThat(c.before().licenceOptions()).containsExactly("INDIVIDUAL");
            assertThat(c.after().licenceOptions()).isEqualTo(BULK_AND_INDIVIDUAL.subList(1, 6));
            assertThat(c.reviewBecameUnknown()).isTrue();
        }
        assertThat(impact.totals.reviewBecameUnknown()).isEqualTo(impact.changes.size());
        assertThat(impact.totals.byLicence().get("SPECIAL_GENERAL_BULK").gained()).isEqualTo(impact.changes.size());
    }

    @Test
    void japanBackInGaOn24April2023Needs5DaysAnd3Documents() {
        Impacts impact = assertChangesExactly("2023-04-23", "2023-04-24",
                o -> krToJp(o) && (o.listed() || koreanCatchAllTriggers(o, LocalDate.parse("2023-04-24"))));
        Map<String, OrderBooks.Order> orders = byId();
        for (LineChange c : impact.changes.values()) {
            assertThat(List.of(c.after().reviewDays(), c.after().documents())).containsExactly(5, 3);
            assertThat(c.after().licenceOptions()).containsExactly(orders.get(c.line().id()).listed()
                    ? new String[] {"COMPREHENSIVE", "INDIVIDUAL"} : new String[] {"INDIVIDUAL"});
        }
        assertThat(impact.totals.addedReviewDays()).isEqualTo(-10L * impact.changes.size());
    }

    @Test
    void koreaBackInGroupAOn21July2023RegainsGeneralBulkAndLeavesCatchAll() {
        Impacts impact = assertChangesExactly("2023-07-20", "2023-07-21",
                o -> jpToKr(o) && (o.listed() || japaneseCatchAllTriggers(o) || japaneseCatchAllUnsure(o)));
        Map<String, OrderBooks.Order> orders = byId();
        for (LineChange c : impact.changes.values()) {
            if (japaneseCatchAllUnsure(orders.get(c.line().id()))) {
                assertThat(c.before().confidence()).isEqualTo(dev.clearance.determination.Confidence.CHECK);
                assertThat(c.after().confidence()).isEqualTo(dev.clearance.determination.Confidence.CONFIRMED);
            } else if (orders.get(c.line().id()).listed()) {
                assertThat(c.after().licenceOptions()).isEqualTo(BULK_AND_INDIVIDUAL);
            } else {
                assertThat(c.after().licenceRequired()).isFalse();
                assertThat(c.before().catchAll()).isTrue();
            }
        }
        assertThat(impact.totals.byEntry().get(ImpactTotals.UNLISTED).noLongerRequired())
                .isEqualTo(BOOK.stream().filter(RegimeChangesImpactTest::japaneseCatchAllTriggers)
                        .filter(RegimeChangesImpactTest::jpToKr).count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019-07-04", "2019-08-28", "2019-09-18", "2023-03-23", "2023-04-24", "2023-07-21"})
    void identicalDatesChangeNothing(String day) {
        Impacts impact = Impacts.between(CSV, LocalDate.parse(day), LocalDate.parse(day));
        assertThat(impact.changes).isEmpty();
        assertThat(impact.totals.lines()).isEqualTo(BOOK.size());
    }

    @Test
    void the2019And2023ChangesCancelOutExceptKoreasConventionalCatchAll() {
        Impacts impact = Impacts.between(CSV, LocalDate.parse("2019-01-01"), LocalDate.parse("2023-12-31"));
        assertThat(impact.changes.keySet()).containsExactlyElementsOf(BOOK.stream()
                .filter(o -> o.from().equals("KR") && !o.listed() && o.endUse().equals("conventional-weapons")
                        && !o.informed())
                .map(OrderBooks.Order::id).toList());
        assertThat(impact.changes.values()).allSatisfy(c -> assertThat(c.reasons()).contains("KR-SITUATION-CONVENTIONAL"));
        assertThat(impact.totals.lines()).isEqualTo(BOOK.size());
    }

    @Test
    void totalsAddUpOverDestinationsAndEntries() {
        Impacts impact = Impacts.between(CSV, LocalDate.parse("2019-01-01"), LocalDate.parse("2020-01-01"));
        long byDestination = impact.totals.byDestination().values().stream().mapToLong(Tally::changed).sum();
        long byEntry = impact.totals.byEntry().values().stream().mapToLong(Tally::changed).sum();
        assertThat(impact.totals.changedLines()).isPositive().isEqualTo(byDestination).isEqualTo(byEntry);
        long added = impact.changes.values().stream().map(LineChange::addedReviewDays)
                .filter(java.util.Objects::nonNull).mapToLong(Integer::longValue).sum();
        assertThat(impact.totals.addedReviewDays()).isEqualTo(added);
    }
}
