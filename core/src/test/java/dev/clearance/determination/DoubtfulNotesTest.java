package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeNote;
import dev.clearance.regime.read.RegimeData;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A regime note is a fact the answer rests on: one marked CHECK or UNCONFIRMED that reaches the export (its item,
 * destination, context, day, groups and value, all read from the data) makes the answer {@code check} with the reason
 * in the trace; outside its reach, or an INFO note, it changes nothing.
 */
class DoubtfulNotesTest {
    private final DeterminationEngine engine = new DeterminationEngine(RegimeData.bundled(), false);

    private static RegimeNote note(String jurisdiction, String code) {
        Regime r = RegimeData.bundled().require(jurisdiction);
        return r.notes().stream().filter(n -> n.code().equals(code)).findFirst().orElseThrow();
    }

    private static boolean cites(Determination d, String code) {
        return d.trace().stream().anyMatch(s -> s.rule().equals(code));
    }

    @Test
    void theEusUnreadAnnexITextsMakeAListedAnswerCheck() {
        RegimeNote n = note("EU", "EU-ANNEX-I-TEXTS");
        assertThat(n.doubtful()).isTrue();
        Determination d = engine.determine(ExportRequest.of("DE", "US", "3C002", LocalDate.parse("2024-01-01")));
        assertThat(cites(d, n.code())).isTrue();
        assertThat(d.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(d.trace()).anyMatch(s -> s.rule().equals(n.code()) && s.effect().contains("the answer rests on this"));
    }

    @Test
    void koreasLowValueExemptionQualifiesOnlyShipmentsItMayReach() {
        RegimeNote n = note("KR", "KR-LOW-VALUE-EXEMPTION");
        assertThat(n.doubtful()).isTrue();
        LocalDate day = LocalDate.parse("2024-06-01");
        ExportRequest base = ExportRequest.of("KR", "US", "3C002", day);
        Determination unknownValue = engine.determine(base);
        assertThat(cites(unknownValue, n.code())).isTrue();
        assertThat(unknownValue.confidence()).isEqualTo(Confidence.CHECK);
        BigDecimal max = n.maxValue().amount();
        String currency = n.maxValue().currency();
        Determination within = engine.determine(base.withValue(max, currency));
        assertThat(cites(within, n.code())).isTrue();
        assertThat(within.confidence()).isEqualTo(Confidence.CHECK);
        Determination above = engine.determine(base.withValue(max.add(BigDecimal.ONE), currency));
        assertThat(cites(above, n.code())).as("above the exemption's value").isFalse();
        assertThat(above.confidence()).isEqualTo(Confidence.CONFIRMED);
        // A destination of an excepted group (Na-2) on the day: the exemption cannot apply.
        String group = n.exceptGroups().get(0);
        Regime kr = RegimeData.bundled().require("KR");
        String member = kr.group(group).orElseThrow().members().stream().filter(m -> m.confirmed()
                && m.period().contains(day)).findFirst().orElseThrow().country();
        Determination excepted = engine.determine(ExportRequest.of("KR", member, "3C002", day));
        assertThat(cites(excepted, n.code())).isFalse();
    }

    @Test
    void aNoteBeforeItsPeriodOrForAnotherItemIsNotCited() {
        RegimeNote n = note("JP", "JP-2019-12-20-RESIST-EASING");
        Determination before = engine.determine(ExportRequest.of("JP", "KR", "3C002", n.period().from().minusDays(1)));
        assertThat(cites(before, n.code())).isFalse();
        Determination on = engine.determine(ExportRequest.of("JP", "KR", "3C002", n.period().from()));
        assertThat(cites(on, n.code())).isTrue();
        assertThat(on.confidence()).isEqualTo(Confidence.CHECK);
        Determination after = engine.determine(ExportRequest.of("JP", "KR", "3C002", n.period().to()));
        assertThat(cites(after, n.code())).isFalse();
    }
}
