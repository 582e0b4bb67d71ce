package dev.clearance.regime;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;

/** The regimes Clearance knows, by jurisdiction code. */
public final class Regimes {
    private final Map<String, Regime> byJurisdiction;

    public Regimes(List<Regime> regimes) {
        Map<String, Regime> m = new LinkedHashMap<>();
        for (Regime r : regimes) {
            if (m.put(r.jurisdiction(), r) != null) {
                throw new IllegalArgumentException("two regimes for " + r.jurisdiction());
            }
        }
        this.byJurisdiction = java.util.Collections.unmodifiableMap(m);
    }

    public Optional<Regime> get(String jurisdiction) {
        return Optional.ofNullable(byJurisdiction.get(jurisdiction));
    }

    /** The regime, or an IllegalArgumentException naming the known ones. */
    public Regime require(String jurisdiction) {
        return get(jurisdiction).orElseThrow(() -> new IllegalArgumentException(
                "no regime for '" + jurisdiction + "' (known: " + String.join(", ", byJurisdiction.keySet()) + ")"));
    }

    /**
     * The regime an exporter in {@code country} exports under on {@code day}: the country's own, else the
     * regime whose exporter group holds it (a member state of the Union: the EU regime).
     */
    public Optional<Regime> forExporter(String country, LocalDate day) {
        Regime own = byJurisdiction.get(country);
        if (own != null) {
            return Optional.of(own);
        }
        return byJurisdiction.values().stream().filter(r -> r.governsExportsFrom(country, day)).findFirst();
    }

    public List<Regime> all() {
        return List.copyOf(byJurisdiction.values());
    }
}
