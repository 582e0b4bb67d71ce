package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import dev.clearance.input.BadRequestException;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is asked, every step of the trace names its source, and the answer carries a confidence. */
class EveryStepHasASourceProperties {
    private static final DeterminationEngine ENGINE = new DeterminationEngine(
            dev.clearance.regime.read.RegimeData.bundled(), false);

    @Property(tries = 1500)
    void everyTraceStepHasANonEmptySource(@ForAll("requests") ExportRequest r) {
        Determination d;
        try {
            d = ENGINE.determine(r);
        } catch (BadRequestException refused) {
            assertThat(refused.field()).isNotBlank();
            return;
        }
        assertThat(d.confidence()).isNotNull();
        assertThat(d.trace()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.source()).as("%s: %s", s.rule(), s.effect()).isNotBlank();
            assertThat(s.rule()).isNotBlank();
            assertThat(s.effect()).isNotBlank();
        });
        if (d.prohibited()) {
            assertThat(d.licenceOptions()).isEmpty();
            assertThat(d.licenceRequired()).isTrue();
        }
    }

    @Provide
    Arbitrary<ExportRequest> requests() {
        Arbitrary<String> from = Arbitraries.of("JP", "KR");
        Arbitrary<String> to = Arbitraries.of("KR", "JP", "US", "CN", "TH", "SS", "SD", "RU", "DE", "EE", "KP", "IR",
                "LR", "CI", "ER", "MX", "IS", "UA", "SY", "TR");
        Arbitrary<String> item = Arbitraries.of("3C002", "3C002.a.2", "1C009.b", "1C350", "1C351", "2B001", "5A002",
                "3E001", "1E001", "9A101", "2B228", "9A005", "3A090", "5A992", "3C099", "0A501", null);
        Arbitrary<String> hs = Arbitraries.of(null, "8458", "8479", "0901", "2811", "85", "8461.20");
        Arbitrary<EndUse> use = Arbitraries.of(EndUse.class);
        Arbitrary<LocalDate> day = Arbitraries.longs().between(0, 3300).map(n -> LocalDate.parse("2019-01-01").plusDays(n));
        Arbitrary<Boolean> informed = Arbitraries.of(true, false);
        Arbitrary<EndUserFinding> endUser = Arbitraries.of(null, EndUserFinding.notListed("Acme", "test list"),
                new EndUserFinding("Some Lab", true, "x:1", "test list", "exact"));
        return Combinators.combine(from, to, item, hs, use, day, informed, endUser)
                .filter((f, t, i, h, u, d, inf, eu) -> !f.equals(t))
                .as((f, t, i, h, u, d, inf, eu) -> new ExportRequest(f, t, i, null, h, d, u, eu, inf));
    }
}
