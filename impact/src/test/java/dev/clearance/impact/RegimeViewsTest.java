package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.regime.Fact;
import dev.clearance.regime.Regime;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Regime diff, comparison and timeline on the bundled Japan and Korea data. */
class RegimeViewsTest {
    private static final Regime JP = RegimeData.bundled().require("JP");
    private static final Regime KR = RegimeData.bundled().require("KR");

    private static LocalDate day(String d) {
        return LocalDate.parse(d);
    }

    @Test
    void japanTookKoreaOffGroupAAndIntoGroupBOn28August2019() {
        List<RegimeChange> changes = RegimeDiff.between(JP, day("2019-08-27"), day("2019-08-28"));
        assertThat(changes).hasSize(1);
        RegimeChange c = changes.get(0);
        assertThat(c.day()).isEqualTo(day("2019-08-28"));
        assertThat(c.removed()).extracting(Fact::statement).contains("KR is in A").doesNotContain("US is in A");
        assertThat(c.added()).extracting(Fact::statement).contains("KR is in B");
        assertThat(c.removed()).filteredOn(f -> f.statement().equals("KR is in A")).first()
                .extracting(Fact::source).asString().contains("the-japan-news.com");
        String text = RegimeDiff.text(JP, day("2019-08-27"), day("2019-08-28"), changes);
        assertThat(text).contains("- membership: KR is in A", "+ membership: KR is in B", "source: ");
    }

    @Test
    void aDiffOverYearsListsEachChangeOnItsDay() {
        List<RegimeChange> changes = RegimeDiff.between(KR, day("2019-01-01"), day("2023-12-31"));
        assertThat(changes).extracting(RegimeChange::day).contains(day("2019-09-18"), day("2023-04-24"));
        RegimeChange split = changes.stream().filter(c -> c.day().equals(day("2019-09-18"))).findFirst().orElseThrow();
        assertThat(split.added()).extracting(Fact::statement).contains("JP is in Ga-2");
        assertThat(split.removed()).extracting(Fact::statement).contains("JP is in Ga");
    }

    @Test
    void noDiffBetweenADayAndItself() {
        assertThat(RegimeDiff.between(JP, day("2019-08-28"), day("2019-08-28"))).isEmpty();
        assertThat(RegimeDiff.between(JP, day("2020-01-01"), day("2020-06-01"))).isEmpty();
        assertThatThrownBy(() -> RegimeDiff.between(JP, day("2020-01-02"), day("2020-01-01")))
                .hasMessageContaining("before");
    }

    @Test
    void theDiffAsJsonCarriesSources() {
        Map<String, Object> json = RegimeDiff.toMap(JP, day("2019-08-27"), day("2019-08-28"),
                RegimeDiff.between(JP, day("2019-08-27"), day("2019-08-28")));
        assertThat(json).containsEntry("jurisdiction", "JP").containsKey("changes");
        assertThat(json.toString()).contains("statement=KR is in B", "source=s.japanese.joins.com");
    }

    @Test
    void onNewYear2020EachRegimeTreatsTheOtherAsTheRulesSay() {
        RegimeComparison c = RegimeComparison.of(DeterminationEngine.bundled(), JP, KR, day("2020-01-01"));
        assertThat(c.leftToRight().standing().groups()).contains("B");
        Determination resist = sample(c.leftToRight(), "listed item 3C002");
        assertThat(resist.licenceOptions()).containsExactly("INDIVIDUAL");
        assertThat(resist.reviewDays()).isEqualTo(90);
        Determination machineTool = sample(c.leftToRight(), "listed item 2B001");
        assertThat(machineTool.licenceRequired()).isTrue();
        assertThat(machineTool.licenceOptions()).contains("SPECIAL_GENERAL_BULK").doesNotContain("GENERAL_BULK");
        assertThat(sample(c.leftToRight(), "unlisted good, WMD end use").catchAll()).isTrue();

        assertThat(c.rightToLeft().standing().groups()).containsExactly("Ga-2");
        Determination fromKorea = sample(c.rightToLeft(), "listed item 3C002");
        assertThat(fromKorea.licenceOptions()).containsExactly("INDIVIDUAL");
        assertThat(List.of(fromKorea.reviewDays(), fromKorea.documents())).containsExactly(15, 5);
        // A known WMD end use needs a Korean situation licence for any destination (regimes.md §8.1, CHECK).
        Determination wmd = sample(c.rightToLeft(), "unlisted good, WMD end use");
        assertThat(wmd.licenceRequired()).isTrue();
        assertThat(wmd.confidence()).isEqualTo(dev.clearance.determination.Confidence.CHECK);

        String text = ComparisonText.render(c);
        assertThat(text).contains("JP -> KR: KR is in B", "KR -> JP: JP is in Ga-2", "review 15 days; 5 documents",
                "SPECIAL_GENERAL_BULK", "Catch-all");
        assertThat(ComparisonText.toMap(c).toString()).contains("reviewDays=15", "documents=5");
    }

    private static Determination sample(Treatment t, String label) {
        return t.samples().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow().determination();
    }

    @Test
    void koreasTimelineInJapanShowsGroupsAndTheThreeItemMeasure() {
        Timeline t = CountryTimeline.of(JP, "KR", day("2024-06-30"));
        assertThat(t.start()).isEqualTo(day("2019-01-01"));
        assertThat(lane(t, "group", "A").intervals()).containsExactly(
                new Timeline.Interval(day("2019-01-01"), day("2019-08-28")), new Timeline.Interval(day("2023-07-21"), null));
        assertThat(lane(t, "group", "B").intervals()).containsExactly(
                new Timeline.Interval(day("2019-08-28"), day("2023-07-21")));
        assertThat(lane(t, "measure", "JP-2019-07-04-KR-THREE-ITEMS").intervals()).containsExactly(
                new Timeline.Interval(day("2019-07-04"), day("2023-03-23")));
        assertThat(lane(t, "licence", "GENERAL_BULK").intervals()).hasSize(2);
        assertThat(TimelineText.render(t)).contains("A: [2019-01-01, 2019-08-28) [2023-07-21, …)");
    }

    @Test
    void japansTimelineInKoreaShowsGa2AndItsReviewTimes() {
        Timeline t = CountryTimeline.of(KR, "JP", day("2024-06-30"));
        assertThat(lane(t, "group", "Ga-2").intervals()).containsExactly(
                new Timeline.Interval(day("2019-09-18"), day("2023-04-24")));
        assertThat(lane(t, "processing", "INDIVIDUAL: review 15 days, 5 documents").intervals()).containsExactly(
                new Timeline.Interval(day("2019-09-18"), day("2023-04-24")));
        assertThat(t.lanes()).extracting(Timeline.Lane::kind).isSortedAccordingTo(
                java.util.Comparator.comparingInt(CountryTimeline.KINDS::indexOf));
        assertThatThrownBy(() -> CountryTimeline.of(KR, "XX", day("2024-01-01"))).hasMessageContaining("XX");
    }

    private static Timeline.Lane lane(Timeline t, String kind, String name) {
        return t.lanes().stream().filter(l -> l.kind().equals(kind) && l.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no lane " + kind + " " + name + " in " + t.lanes()));
    }
}
