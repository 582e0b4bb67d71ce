package dev.clearance.classification;

import dev.clearance.regime.ControlEntry;
import dev.clearance.regime.Listing;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entry of each regime a paragraph corresponds to, read from the regimes' own data (their written entries, the
 * control-list catalogue and each regime's row mapping): nothing here decides an entry by itself.
 */
public final class RegimeEntries {
    private final Regimes regimes;

    public RegimeEntries(Regimes regimes) {
        this.regimes = regimes;
    }

    public List<RegimeEntry> of(String code) {
        List<RegimeEntry> out = new ArrayList<>();
        for (Regime r : regimes.all()) {
            if (r.ear() != null) {
                Optional<Listing> l = r.listing(code);
                out.add(l.map(x -> new RegimeEntry(r.jurisdiction(), "ECCN " + x.entry(), !x.check(),
                                x.reasons().stream().map(c -> c.reason()).distinct().reduce((a, b) -> a + ", " + b)
                                        .map(s -> "reasons for control: " + s).orElse(""), x.source()))
                        .orElse(new RegimeEntry(r.jurisdiction(), "", true, "not an ECCN of the bundled CCL", "")));
                continue;
            }
            Optional<ControlEntry> e = r.entry(code);
            out.add(e.map(x -> new RegimeEntry(r.jurisdiction(), x.localRef().isEmpty() ? x.code() : x.localRef(),
                            x.localRefConfirmed() && !x.check(), x.note(), x.source()))
                    .orElse(new RegimeEntry(r.jurisdiction(), "", true, "no entry of " + r.name()
                            + " (a US-only ECCN, or not on the multilateral lists it adopts)", r.listControl() == null ? ""
                            : r.listControl().source())));
        }
        return out;
    }
}
