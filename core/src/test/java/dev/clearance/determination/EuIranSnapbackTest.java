package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * EU exports to Iran on both sides of the re-imposition of 2025-09-30 (Regulation (EU) 2025/1975): before it, the NSG
 * items of Annex I to Regulation 267/2012 need a prior authorisation granted only after the UN Security Council approves
 * (Art. 2a), other dual-use items a prior authorisation (Art. 3), and missile items are check (the JCPOA-era text on
 * them was not read); from that day Art. 2 prohibits every dual-use item of Annex I again, with its derogations named,
 * and no answer to Iran is confirmed while the other re-imposed annexes are not encoded.
 */
class EuIranSnapbackTest {
    private static final LocalDate BEFORE = LocalDate.parse("2025-09-29");
    private static final LocalDate FROM = LocalDate.parse("2025-09-30");
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);

    private Determination d(String item, LocalDate day) {
        return engine.determine(new ExportRequest("DE", "IR", item, null, null, day, EndUse.CIVIL, null, false));
    }

    private static boolean cites(Determination d, String code, String effect) {
        return d.trace().stream().anyMatch(s -> s.rule().equals(code) && s.effect().startsWith(effect));
    }

    @Test
    void nsgItemsNeedAnAuthorisationAfterUnApprovalUntilTheReimpositionAndAreProhibitedFromIt() {
        Determination before = d("1A225", BEFORE);
        assertThat(before.prohibited()).as(before.summary()).isFalse();
        assertThat(before.licenceRequired()).isTrue();
        assertThat(before.authority()).contains("UN Security Council");
        assertThat(before.licenceOptions()).containsExactly("PRIOR_AUTHORISATION_ART2A");
        assertThat(before.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(cites(before, "EU-267-2012-ART2A-IR-NSG", "licence required from")).isTrue();
        Determination from = d("1A225", FROM);
        assertThat(from.prohibited()).as(from.summary()).isTrue();
        assertThat(from.licenceOptions()).isEmpty();
        assertThat(cites(from, "EU-267-2012-ART2-IR-2025", "Prohibited")).isTrue();
        assertThat(from.trace()).noneMatch(s -> s.rule().equals("EU-267-2012-ART2A-IR-NSG"));
        assertThat(from.trace()).anyMatch(s -> s.rule().equals("derogation EU-267-2012-ART2-IR-2025")
                && s.effect().contains("2026-01-01"));
        assertThat(from.confidence()).isEqualTo(Confidence.CHECK);
    }

    @Test
    void otherDualUseItemsNeedAPriorAuthorisationUntilTheReimpositionAndAreProhibitedFromIt() {
        Determination before = d("3C002", BEFORE);
        assertThat(before.prohibited()).isFalse();
        assertThat(cites(before, "EU-267-2012-ART3-IR", "licence required")).isTrue();
        assertThat(before.trace()).anyMatch(s -> s.rule().equals("EU-267-2012-ART2A-IR-NSG") && s.effect().startsWith("does not apply"));
        Determination from = d("3C002", FROM);
        assertThat(from.prohibited()).isTrue();
        assertThat(from.trace()).noneMatch(s -> s.rule().equals("EU-267-2012-ART3-IR"));
    }

    @Test
    void missileItemsOfTheJcpoaEraAreCheckNeverDecided() {
        Determination mt = d("1A101", LocalDate.parse("2024-06-03"));
        assertThat(mt.prohibited()).as(mt.summary()).isFalse();
        assertThat(mt.licenceRequired()).isTrue();
        assertThat(mt.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(mt.trace()).anyMatch(s -> s.rule().equals("EU-267-2012-MTCR-IR-JCPOA") && s.effect().startsWith("CHECK: may apply"));
        assertThat(d("1A101", FROM).prohibited()).isTrue();
    }

    @Test
    void anUnlistedGoodToIranIsCheckFromTheReimpositionOnly() {
        Determination before = engine.determine(new ExportRequest("DE", "IR", null, null, "0901", BEFORE, EndUse.CIVIL, null, false));
        assertThat(before.trace()).noneMatch(s -> s.rule().equals("EU-267-2012-SNAPBACK-OTHER-IR"));
        Determination from = engine.determine(new ExportRequest("DE", "IR", null, null, "0901", FROM, EndUse.CIVIL, null, false));
        assertThat(from.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(from.trace()).anyMatch(s -> s.rule().equals("EU-267-2012-SNAPBACK-OTHER-IR") && s.effect().startsWith("CHECK: may apply"));
    }
}
