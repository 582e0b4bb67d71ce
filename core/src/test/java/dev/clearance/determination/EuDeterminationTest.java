package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The EU dual-use regime (regimes.md §4, §10): the exporter's member state selects it. */
class EuDeterminationTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    private Determination d(String from, String to, String item, String day) {
        return engine.determine(ExportRequest.of(from, to, item, LocalDate.parse(day)));
    }

    @Test
    void theIssueExamplesHold() {
        assertThat(d("DE", "JP", "3C002", "2022-03-01").licenceOptions()).contains("EU001");
        assertThat(d("DE", "CN", "3C002", "2022-03-01").licenceOptions()).contains("GLOBAL", "INDIVIDUAL")
                .doesNotContain("EU001");
        Determination intra = d("DE", "FR", "3C002", "2022-03-01");
        assertThat(intra.licenceRequired()).isFalse();
        assertThat(intra.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(intra.trace()).anyMatch(s -> s.rule().equals("CAVEAT") && s.effect().contains("Annex IV"));
    }

    @Test
    void theUnitedKingdomJoinsEu001On1January2021AndLeavesTheUnion() {
        assertThat(d("DE", "GB", "3C002", "2020-12-31").licenceRequired()).as("still inside the Union").isFalse();
        assertThat(d("DE", "GB", "3C002", "2021-01-01").licenceOptions()).contains("EU001");
        assertThat(d("GB", "JP", "3C002", "2020-12-31").jurisdiction()).isEqualTo("EU");
        assertThatThrownBy(() -> d("GB", "JP", "3C002", "2021-01-01")).extracting("field").isEqualTo("from");
    }

    @Test
    void icelandIsNotDecidedOnForEu001AndEachRegulationIsNamed() {
        assertThat(d("DE", "IS", "3C002", "2022-01-01").licenceOptions()).doesNotContain("EU001");
        assertThat(d("DE", "US", "3C002", "2021-09-08").trace()).anyMatch(s -> s.rule().equals("EU-REGULATION-428-2009"));
        assertThat(d("DE", "US", "3C002", "2021-09-09").trace()).anyMatch(s -> s.rule().equals("EU-REGULATION-2021-821"));
        assertThat(d("FR", "US", "3C002", "2021-09-09").trace()).anyMatch(s -> s.effect().contains("UNCONFIRMED"));
    }

    @Test
    void aForcedRegimeAnswersUnderThatRegime() {
        Determination forced = engine.determine(engine.regimes().require("EU"),
                ExportRequest.of("DE", "CN", "3C002", LocalDate.parse("2022-03-01")));
        assertThat(forced.jurisdiction()).isEqualTo("EU");
    }
}
