package dev.clearance.impact;

import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import java.util.ArrayList;
import java.util.List;

/**
 * A what-if: changes to one jurisdiction's regime, described as data and applied on top of it.
 *
 * @param file         the file it was read from, for reports
 * @param jurisdiction the regime it changes
 * @param title        what it supposes, in a few words
 * @param changes      the changes, applied in order
 */
public record Scenario(String file, String jurisdiction, String title, List<ScenarioChange> changes) {
    public Scenario {
        changes = List.copyOf(changes);
    }

    /** The regime with the changes applied; the regime itself is left as it is. */
    public Regime applyTo(Regime regime) {
        if (!regime.jurisdiction().equals(jurisdiction)) {
            throw new IllegalArgumentException("scenario " + file + " changes the " + jurisdiction
                    + " regime, not " + regime.jurisdiction());
        }
        return new ScenarioRegime(regime, this).build();
    }

    /** @return the regimes with this scenario applied to the one it names, the others as they are */
    public Regimes applyTo(Regimes regimes) {
        List<Regime> changed = new ArrayList<>();
        for (Regime r : regimes.all()) {
            changed.add(r.jurisdiction().equals(jurisdiction) ? applyTo(r) : r);
        }
        return new Regimes(changed);
    }
}
