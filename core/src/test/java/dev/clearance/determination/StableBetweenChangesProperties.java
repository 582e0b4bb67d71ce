package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.Regime;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Between two consecutive change days of a regime, every answer stays the same. */
class StableBetweenChangesProperties {
    private static final DeterminationEngine ENGINE = new DeterminationEngine(RegimeData.bundled(), false);
    private static final DeterminationEngine MEMOISED = DeterminationEngine.bundled();
    private static final LocalDate TODAY = LocalDate.parse("2027-06-30");

    @Property(tries = 400)
    void anyDayInsideAnIntervalGivesTheSameAnswerAsItsFirstDay(@ForAll("requests") ExportRequest r) {
        Regime regime = RegimeData.bundled().require(r.from());
        List<LocalDate> days = new ArrayList<>(regime.changeDays());
        LocalDate start = regime.coverage().from();
        for (LocalDate d : days) {
            if (!d.isAfter(r.date())) {
                start = d;
            }
        }
        Determination atStart = ENGINE.determine(r.withDate(start));
        Determination atDay = ENGINE.determine(r);
        assertThat(atDay.sameAnswer(atStart)).as("%s vs %s", atDay.summary(), atStart.summary()).isTrue();
        // The memo relies on this: apart from its first step, the trace is the same too.
        assertThat(atDay.trace().subList(1, atDay.trace().size()))
                .isEqualTo(atStart.trace().subList(1, atStart.trace().size()));
        assertThat(MEMOISED.determine(r)).isEqualTo(atDay);
    }

    @Provide
    Arbitrary<ExportRequest> requests() {
        Arbitrary<String> from = Arbitraries.of("JP", "KR");
        Arbitrary<String> to = Arbitraries.of("KR", "JP", "US", "CN", "TH", "SS", "SD", "RU", "DE", "EE", "KP", "IR", "LR", "MX", "SY");
        Arbitrary<String> item = Arbitraries.of("3C002", "3C002.a.2", "1C009.b", "1C350", "2B001", "5A002", "3E001", "3A090", null);
        Arbitrary<EndUse> use = Arbitraries.of(EndUse.class);
        Arbitrary<LocalDate> day = Arbitraries.longs().between(0, LocalDate.parse("2019-01-01").until(TODAY).toTotalMonths() * 31 - 1)
                .map(n -> LocalDate.parse("2019-01-01").plusDays(n)).filter(d -> d.isBefore(TODAY));
        Arbitrary<Boolean> informed = Arbitraries.of(true, false);
        return Combinators.combine(from, to, item, use, day, informed).filter((f, t, i, u, d, inf) -> !f.equals(t))
                .as((f, t, i, u, d, inf) -> new ExportRequest(f, t, i, null, null, d, u, null, inf));
    }
}
