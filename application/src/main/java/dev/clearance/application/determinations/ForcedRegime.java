package dev.clearance.application.determinations;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.input.BadRequestException;
import dev.clearance.regime.Regime;
import dev.clearance.text.Excerpt;
import java.util.Locale;

/** The regime a request forces (JP, KR, US or EU) instead of the one the exporter's country selects. */
public final class ForcedRegime {
    private ForcedRegime() {
    }

    /**
     * @param code the regime asked for, or null
     * @return the regime, or null when the exporter's country selects it
     * @throws BadRequestException naming {@code regime} when no regime has that code
     */
    public static Regime of(DeterminationEngine engine, String code) {
        if (code == null) {
            return null;
        }
        return engine.regimes().get(code.toUpperCase(Locale.ROOT)).orElseThrow(() -> new BadRequestException(
                BadRequestException.Kind.UNKNOWN, "regime", "no regime '" + Excerpt.message(code) + "' (known: "
                + String.join(", ", engine.regimes().all().stream().map(Regime::jurisdiction).toList()) + ")"));
    }
}
