package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.SanctionsMeasure;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever is asked of any regime: a prohibited answer offers no licence option and no policy; every
 * sanctions step names its source; an answer a CHECK or UNCONFIRMED sanctions fact decided, that a CHECK or
 * UNCONFIRMED regime note reaches, or that leads with an option offered only under a CHECK, is never
 * {@code confirmed}.
 */
class SanctionsProperties {
    private static final Regimes REGIMES = RegimeData.bundled();
    private static final DeterminationEngine ENGINE = new DeterminationEngine(REGIMES, false);
    private static final Map<String, SanctionsMeasure> MEASURES = REGIMES.all().stream()
            .flatMap(r -> r.sanctions().stream()).collect(Collectors.toMap(SanctionsMeasure::code, Function.identity(),
                    (a, b) -> a));
    /** Regime notes whose fact is CHECK or UNCONFIRMED, by code. */
    private static final java.util.Set<String> DOUBTFUL_NOTES = REGIMES.all().stream()
            .flatMap(r -> r.notes().stream()).filter(dev.clearance.regime.RegimeNote::doubtful)
            .map(dev.clearance.regime.RegimeNote::code).collect(Collectors.toSet());

    @Property(tries = 2000)
    void prohibitedOffersNothingAndDoubtfulFactsNeverConfirm(@ForAll("requests") ExportRequest r) {
        Determination d;
        try {
            d = ENGINE.determine(r);
        } catch (BadRequestException refused) {
            assertThat(refused.field()).isNotBlank();
            return;
        }
        assertThat(d.optionConfidence()).hasSameSizeAs(d.licenceOptions());
        if (d.prohibited()) {
            assertThat(d.licenceOptions()).as(d.summary()).isEmpty();
            assertThat(d.policy()).isNull();
            assertThat(d.licenceRequired()).isTrue();
        }
        if (!d.licenceOptions().isEmpty() && d.optionConfidence().get(0) != Confidence.CONFIRMED) {
            assertThat(d.confidence()).as("leads with a CHECK option: " + d.summary()).isNotEqualTo(Confidence.CONFIRMED);
        }
        for (TraceStep s : d.trace()) {
            if (DOUBTFUL_NOTES.contains(s.rule())) {
                assertThat(d.confidence()).as("a CHECK/UNCONFIRMED note reaches the answer: " + s.effect())
                        .isNotEqualTo(Confidence.CONFIRMED);
            }
            SanctionsMeasure m = MEASURES.get(s.rule());
            if (m == null && !s.rule().startsWith("derogation ")) {
                continue;
            }
            assertThat(s.source()).as(s.rule()).isNotBlank();
            if (m == null || s.effect().startsWith("does not apply")) {
                continue;
            }
            boolean doubtful = s.effect().startsWith("CHECK: may apply") || s.effect().contains("applied conservatively, CHECK")
                    || s.effect().contains("CHECK: secondary sources");
            if (s.effect().endsWith(SanctionsEvaluation.MOOT)) {
                assertThat(d.prohibited() || d.licenceRequired() && m.effect() == SanctionsMeasure.Effect.LICENCE)
                        .as("a doubt said not to change the answer: " + s.effect()).isTrue();
                continue;
            }
            if (m.status() != SanctionsMeasure.Status.CONFIRMED || doubtful) {
                assertThat(d.confidence()).as(s.rule() + " (" + m.status() + "): " + s.effect())
                        .isNotEqualTo(Confidence.CONFIRMED);
            }
        }
    }

    @Provide
    Arbitrary<ExportRequest> requests() {
        Arbitrary<String> from = Arbitraries.of("JP", "KR", "US", "DE", "FR");
        Arbitrary<String> to = Arbitraries.of("RU", "BY", "KP", "IR", "SY", "UA", "CN", "VE", "NI", "MM", "KR", "JP",
                "US", "DE", "SG", "TR");
        Arbitrary<String> item = Arbitraries.of("3C002", "1C350", "1C351", "2B001", "5A002", "9A004", "0B001", "3A991",
                "4A994", "5A992", "3A001", "EAR99", null);
        Arbitrary<String> hs = Arbitraries.of(null, "8471", "854231", "0901", "2811", "85", "7113", "8703", "3004");
        Arbitrary<EndUse> use = Arbitraries.of(EndUse.class);
        Arbitrary<Long> days = Arbitraries.longs().between(0, 3200);
        return Combinators.combine(from, to, item, hs, use, days)
                .filter((f, t, i, h, u, n) -> !f.equals(t))
                .as((f, t, i, h, u, n) -> {
                    Regime regime = REGIMES.forExporter(f, LocalDate.parse("2022-01-01")).orElseThrow();
                    LocalDate start = regime.coverage().from();
                    LocalDate day = start.plusDays(n % (f.equals("US") ? 500 : 3200));
                    return new ExportRequest(f, t, i, null, h, day, u, null, false);
                });
    }
}
