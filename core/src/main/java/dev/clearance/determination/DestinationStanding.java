package dev.clearance.determination;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.Countries;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;

/** Where the destination stands in the regime on the day: its groups, with their caveats and doubts. */
final class DestinationStanding {
    private DestinationStanding() {
    }

    static Standing evaluate(Regime regime, ExportRequest r, Trace trace) {
        if (regime.chartRowMissing(r.to())) {
            throw new BadRequestException("to", r.to() + ": no row of the Commerce Country Chart (15 CFR 738 Supp. No. 1)");
        }
        Standing standing = regime.standing(r.to(), r.date());
        trace.add("destination " + r.to(), Countries.name(r.to()) + " is in "
                        + (standing.groups().isEmpty() ? "no group" : String.join(", ", standing.groups())),
                standing.reasons().isEmpty() ? regime.source() : String.join("; ", standing.reasons()));
        for (String caveat : standing.caveats()) {
            trace.add("CAVEAT", caveat, regime.source());
        }
        for (String doubt : standing.doubts()) {
            trace.add("UNCERTAIN", doubt, regime.source());
        }
        return standing;
    }
}
