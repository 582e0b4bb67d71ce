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

/**
 * Whatever is asked, under any of the four regimes, every trace step carries its wording's key (and each of its
 * reasons too), so an officer reading Japanese or Korean never meets an English step the catalogues cannot word:
 * the web UI words {@code trace.<key>} with the step's values, and marks a keyless step as untranslated.
 */
class EveryStepIsWordedProperties {
    private static final DeterminationEngine ENGINE = new DeterminationEngine(
            dev.clearance.regime.read.RegimeData.bundled(), false);

    @Property(tries = 3000)
    void everyStepCarriesAWordingKey(@ForAll("requests") ExportRequest r) {
        Determination d;
        try {
            d = ENGINE.determine(r);
        } catch (BadRequestException refused) {
            return;
        }
        assertThat(d.trace()).allSatisfy(s -> {
            assertThat(s.key()).as("unworded step %s: %s", s.rule(), s.effect()).isNotBlank();
            assertThat(s.parts()).allSatisfy(p -> assertThat(p.key()).as("%s: %s", s.rule(), s.effect())
                    .isNotBlank());
        });
    }

    @Provide
    Arbitrary<ExportRequest> requests() {
        Arbitrary<String> from = Arbitraries.of("JP", "KR", "US", "DE", "FR");
        Arbitrary<String> to = Arbitraries.of("KR", "JP", "US", "CN", "TH", "SS", "RU", "BY", "DE", "KP", "IR", "UA",
                "SY", "MO", "CU", "VE", "IN", "AF", "MM", "HK");
        Arbitrary<String> item = Arbitraries.of("3C002", "3C002.a.2", "1C009.b", "1C350", "1C351", "2B001", "5A002",
                "3E001", "9A101", "2B228", "3A090", "4A003", "5A992", "0A501", "1C011", "3B001", "EAR99", null);
        Arbitrary<String> cas = Arbitraries.of(null, null, "7664-39-3", "50-00-0");
        Arbitrary<String> hs = Arbitraries.of(null, "8458", "8471", "8542", "2811", "85", "8461.20", "7108");
        Arbitrary<EndUse> use = Arbitraries.of(EndUse.class);
        Arbitrary<LocalDate> day = Arbitraries.longs().between(0, 2900).map(n -> LocalDate.parse("2019-01-01")
                .plusDays(n));
        Arbitrary<Boolean> informed = Arbitraries.of(true, false);
        Arbitrary<String> region = Arbitraries.of(null, null, "UA-43", "UA-14", "UA-DNR", "UA-65");
        return Combinators.combine(from, to, item, cas, hs, use, day, informed).as((f, t, i, c, h, u, dd, inf) ->
                new ExportRequest(f, t, i, c, h, dd, u, null, inf)).flatMap(r -> region.map(g -> g == null
                || !r.to().equals("UA") ? r : r.withRegion(g)));
    }
}
