package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** 15 CFR 734.4: above 25 % controlled US content (10 % to E:1/E:2) the re-export needs the EAR's answer too. */
class DeMinimisTest {
    private static final LocalDate DAY = LocalDate.parse("2026-09-01");
    private final DeterminationEngine engine = DeterminationEngine.bundled();

    private DeMinimis.Answer jp(String to, String item, String percent) {
        return DeMinimis.determine(engine, ExportRequest.of("JP", to, item, DAY), new BigDecimal(percent));
    }

    @Test
    void japanToChinaWithThirtyPercentUsContentAddsTheEarReexportAnswer() {
        DeMinimis.Answer a = jp("CN", "3C002", "30");
        assertThat(a.own().jurisdiction()).isEqualTo("JP");
        assertThat(a.finding().subject()).isTrue();
        assertThat(a.reexport().jurisdiction()).isEqualTo("US");
        assertThat(a.reexport().licenceRequired()).isTrue();
        assertThat(a.reexport().trace()).anyMatch(s -> s.rule().startsWith("NS2") && s.effect().startsWith("X for CN"));
    }

    @Test
    void theThresholdsAreTwentyFiveAndTenPercent() {
        assertThat(jp("CN", "3C002", "25").reexport()).isNull();
        assertThat(jp("CN", "3C002", "25.01").reexport()).isNotNull();
        assertThat(jp("IR", "3C002", "10").finding().subject()).isFalse();
        assertThat(jp("IR", "3C002", "10.5").finding().subject()).isTrue();
        assertThat(jp("IR", "3C002", "10.5").finding().threshold()).isEqualByComparingTo("10");
        assertThat(jp("CN", "3C002", "10.5").finding().subject()).isFalse();
    }

    @Test
    void theRuleIsRefusedWhereItCannotBeApplied() {
        assertThatThrownBy(() -> DeMinimis.determine(engine, ExportRequest.of("US", "CN", "3C002", DAY), BigDecimal.TEN))
                .extracting("field").isEqualTo("us-content");
        assertThatThrownBy(() -> DeMinimis.determine(engine, ExportRequest.of("JP", "CN", "3C002",
                LocalDate.parse("2025-01-01")), new BigDecimal("30"))).extracting("field").isEqualTo("us-content");
        assertThatThrownBy(() -> jp("CN", "3C002", "101")).extracting("field").isEqualTo("us-content");
    }
}
