package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The two worked examples of ../shared/reference/regimes.md. */
class WorkedExamplesTest {
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    private Determination jp(String to, String item, String day) {
        return engine.determine(ExportRequest.of("JP", to, item, LocalDate.parse(day)));
    }

    @Test
    void euvResistToKoreaBeforeTheMeasureCanGoUnderABulkLicence() {
        Determination d = jp("KR", "3C002.a.2", "2019-06-30");
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.licenceOptions()).startsWith("GENERAL_BULK", "SPECIAL_GENERAL_BULK").endsWith("INDIVIDUAL");
        assertThat(d.catchAll()).isFalse();
        assertThat(d.filingOffice()).isNull();
    }

    @Test
    void euvResistToKoreaAfterTheMeasureNeedsAnIndividualLicenceFromHeadquarters() {
        Determination d = jp("KR", "3C002.a.2", "2019-07-10");
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.licenceOptions()).containsExactly("INDIVIDUAL");
        assertThat(d.reviewDays()).isEqualTo(90);
        assertThat(d.filingOffice()).contains("METI headquarters");
        assertThat(d.trace()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo("JP-2019-07-04-KR-THREE-ITEMS");
            assertThat(s.source()).contains("bakermckenzie");
        });
    }

    @Test
    void koreanStrategicItemToJapanInGa2NeedsFiveDocumentsAndFifteenDays() {
        Determination d = engine.determine(ExportRequest.of("KR", "JP", "3C002", LocalDate.parse("2019-09-19")));
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.licenceOptions()).containsExactly("INDIVIDUAL");
        assertThat(d.reviewDays()).isEqualTo(15);
        assertThat(d.documents()).isEqualTo(5);
    }

    @Test
    void koreanStrategicItemToJapanInGaBeforeTheSplitNeedsThreeDocumentsAndFiveDays() {
        Determination d = engine.determine(ExportRequest.of("KR", "JP", "3C002", LocalDate.parse("2019-09-17")));
        assertThat(d.licenceOptions()).containsExactly("COMPREHENSIVE", "INDIVIDUAL");
        assertThat(d.reviewDays()).isEqualTo(5);
        assertThat(d.documents()).isEqualTo(3);
    }

    @Test
    void everyTraceStepCitesASource() {
        Determination d = jp("KR", "3C002.a.2", "2019-07-10");
        assertThat(d.trace()).isNotEmpty().allSatisfy(s -> assertThat(s.source()).isNotBlank());
    }
}
