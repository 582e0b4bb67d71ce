package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import dev.clearance.input.BadRequestException;

import dev.clearance.regime.Regime;
import dev.clearance.regime.read.RegimeData;
import java.math.BigDecimal;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The memo's premise for the US EAR and the EU regime too: between two change days (embargoes, footnotes,
 * end-user and end-use rules, exceptions included) every answer stays that of the stretch's first day.
 */
class StableBetweenChangesUsEuProperties {
    private static final DeterminationEngine ENGINE = new DeterminationEngine(RegimeData.bundled(), false);
    private static final DeterminationEngine MEMOISED = DeterminationEngine.bundled();

    @Property(tries = 300)
    void anyDayGivesTheAnswerOfItsStretchsFirstDay(@ForAll("requests") ExportRequest r) {
        Regime regime = RegimeData.bundled().forExporter(r.from(), r.date()).orElseThrow();
        LocalDate start = regime.stretchStart(r.date());
        Determination atStart;
        Determination atDay;
        try {
            atDay = ENGINE.determine(r);
        } catch (BadRequestException e) {
            return; // e.g. a US-only ECCN under the EU's list
        }
        atStart = ENGINE.determine(r.withDate(start));
        assertThat(atDay.sameAnswer(atStart)).as("%s vs %s", atDay.summary(), atStart.summary()).isTrue();
        assertThat(atDay.trace().subList(1, atDay.trace().size()))
                .isEqualTo(atStart.trace().subList(1, atStart.trace().size()));
        assertThat(MEMOISED.determine(r)).isEqualTo(atDay);
    }

    @Provide
    Arbitrary<ExportRequest> requests() {
        Arbitrary<String> from = Arbitraries.of("US", "DE");
        Arbitrary<String> to = Arbitraries.of("FR", "CN", "SG", "IN", "RU", "UA", "CU", "KP", "AE", "MO", "CA", "JP", "GB", "PK");
        Arbitrary<String> item = Arbitraries.of("3C002", "3C002.a.1", "1C009.b", "3A090", "0A503", "9A515", "2B999", "1C350", null);
        Arbitrary<EndUse> use = Arbitraries.of(EndUse.class);
        Arbitrary<Long> offset = Arbitraries.longs().between(0, 700);
        Arbitrary<Integer> value = Arbitraries.of(0, 1500, 3000, 9000);
        return Combinators.combine(from, to, item, use, offset, value).as((f, t, i, u, n, v) -> {
            LocalDate day = (f.equals("US") ? LocalDate.parse("2026-07-23") : LocalDate.parse("2020-06-01")).plusDays(n);
            ExportRequest r = new ExportRequest(f, t, i, null, null, day, u, null, false);
            return v == 0 ? r : r.withValue(new BigDecimal(v), "USD");
        });
    }
}
