package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.EndUserRule;
import dev.clearance.regime.ListEffect;
import dev.clearance.regime.Regime;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A named-party list carries its legal effect, and the regime's end-user rules (data) say what it means: an export
 * ban of the exporter's own jurisdiction prohibits the export from the day the rule is in force; the same hit
 * before that day, or a ban of another jurisdiction, is a CHECK; a licence list requires a licence with its policy.
 */
class EndUserListEffectTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    private static EndUserRule rule(String jurisdiction, String effect) {
        Regime r = RegimeData.bundled().require(jurisdiction);
        ListEffect e = ListEffect.parse(effect);
        return r.rules().endUserRules().stream().filter(u -> u.reads(null, e)).findFirst().orElseThrow();
    }

    private Determination d(String from, String to, String item, LocalDate day, String effect) {
        EndUserFinding hit = new EndUserFinding("Argut OOO", "meti:russia-3", "a list",
                "'Argut OOO' all tokens exact", ListEffect.parse(effect));
        return engine.determine(ExportRequest.of(from, to, item, day).withEndUser(hit));
    }

    @Test
    void aJapaneseExportBanListProhibitsFromTheDayItsRuleIsInForce() {
        EndUserRule ban = rule("JP", "export-ban:JP");
        assertThat(ban.outcome()).isEqualTo(EndUserRule.Outcome.PROHIBITED);
        LocalDate from = ban.period().from();
        for (String item : new String[] {null, "3C002"}) {
            Determination on = d("JP", "RU", item, from, "export-ban:JP");
            assertThat(on.prohibited()).as(item).isTrue();
            assertThat(on.licenceOptions()).as(item).isEmpty();
            assertThat(on.catchAll()).as(item).isFalse();
            assertThat(on.trace()).anyMatch(s -> s.effect().startsWith("Prohibited") && s.source().contains("48(3)"));
            Determination before = d("JP", "RU", item, from.minusDays(1), "export-ban:JP");
            assertThat(before.prohibited()).as(item).isFalse();
            assertThat(before.confidence()).as(item).isNotEqualTo(Confidence.CONFIRMED);
            assertThat(before.trace()).anyMatch(s -> s.rule().equals(ban.code()) && s.effect().startsWith("not in force"));
        }
    }

    @Test
    void anotherJurisdictionsBanIsACheckNotAProhibition() {
        Determination kr = d("KR", "RU", null, LocalDate.parse("2025-10-01"), "export-ban:JP");
        assertThat(kr.prohibited()).isFalse();
        assertThat(kr.confidence()).isNotEqualTo(Confidence.CONFIRMED);
        assertThat(kr.trace()).anyMatch(s -> s.effect().startsWith("CHECK") && s.effect().contains("export-ban:JP"));
    }

    @Test
    void ofacBlockingProhibitsForAUsExporterAndIsACheckForOthers() {
        EndUserRule blocking = rule("US", "blocking:US");
        assertThat(blocking.outcome()).isEqualTo(EndUserRule.Outcome.PROHIBITED);
        Determination us = d("US", "FR", null, LocalDate.parse("2026-09-01"), "blocking:US");
        assertThat(us.prohibited()).isTrue();
        assertThat(us.licenceOptions()).isEmpty();
        assertThat(us.confidence()).as("the rule is CHECK in the data").isEqualTo(blocking.check()
                ? Confidence.CHECK : Confidence.CONFIRMED);
        Determination jp = d("JP", "FR", "3C002", LocalDate.parse("2026-09-01"), "blocking:US");
        assertThat(jp.prohibited()).isFalse();
        assertThat(jp.confidence()).isEqualTo(Confidence.CHECK);
    }

    @Test
    void theEntityListRequiresALicenceAndNamesItsPolicy() {
        EndUserRule entity = rule("US", "licence:US");
        Determination d = d("US", "FR", null, LocalDate.parse("2026-09-01"), "licence:US");
        assertThat(d.prohibited()).isFalse();
        assertThat(d.licenceOptions()).containsExactly("LICENSE");
        assertThat(d.trace()).anyMatch(s -> s.effect().contains("licensing policy: " + entity.policy()));
    }

    @Test
    void anEuAnnexIvPartyIsProhibitedFromTheDayOf2022_328() {
        EndUserRule annexIv = rule("EU", "export-ban:EU");
        LocalDate from = annexIv.period().from();
        assertThat(d("DE", "RU", "3C002", from, "export-ban:EU").prohibited()).isTrue();
        assertThat(d("DE", "RU", "3C002", from.minusDays(1), "export-ban:EU").prohibited()).isFalse();
    }

    @Test
    void aCatchAllListIsLeftToCatchAll() {
        Determination d = d("JP", "CN", null, LocalDate.parse("2025-01-10"), "catch-all:JP");
        assertThat(d.prohibited()).isFalse();
        assertThat(d.catchAll()).isTrue();
        assertThat(d.licenceOptions()).isNotEmpty();
    }

    @Test
    void theStrictestEffectOfAllHitsCountsNotTheTopScoredOnes() {
        EndUserRule ban = rule("JP", "export-ban:JP");
        EndUserFinding.Hit screening = new EndUserFinding.Hit("own:7", "own list", "'Argut OOO' all tokens exact",
                ListEffect.parse("screening"));
        EndUserFinding.Hit exportBan = new EndUserFinding.Hit("meti:russia-3", "METI specific organisations",
                "'Argut' token exact", ListEffect.parse("export-ban:JP"));
        EndUserFinding both = EndUserFinding.of("Argut OOO", java.util.List.of(screening, exportBan), "two lists");
        EndUserFinding topOnly = EndUserFinding.of("Argut OOO", java.util.List.of(screening), "two lists");
        LocalDate day = ban.period().from();
        for (String item : new String[] {null, "3C002"}) {
            Determination d = engine.determine(ExportRequest.of("JP", "CN", item, day).withEndUser(both));
            assertThat(d.prohibited()).as(item).isTrue();
            assertThat(d.licenceOptions()).as(item).isEmpty();
            assertThat(d.trace()).as("each hit's effect is cited").anyMatch(s -> s.effect().contains("meti:russia-3")
                    && s.effect().contains("export-ban:JP") && s.effect().startsWith("Prohibited"));
            assertThat(d.trace()).anyMatch(s -> s.effect().contains("own:7") && s.effect().contains("screening"));
            Determination top = engine.determine(ExportRequest.of("JP", "CN", item, day).withEndUser(topOnly));
            assertThat(top.prohibited()).as("the screening hit alone does not prohibit").isFalse();
            assertThat(top.confidence()).isEqualTo(Confidence.CHECK);
        }
        // Before the ban's rule is in force the lower hit cannot prohibit: both hits stay doubts.
        Determination before = engine.determine(ExportRequest.of("JP", "CN", null, day.minusDays(1)).withEndUser(both));
        assertThat(before.prohibited()).isFalse();
        assertThat(before.confidence()).isNotEqualTo(Confidence.CONFIRMED);
    }
}
