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
            throw new BadRequestException("to", r.to() + ": no row of " + regime.chartName());
        }
        Standing standing = regime.standing(r.to(), r.date());
        String source = standing.reasons().isEmpty() ? regime.source() : String.join("; ", standing.reasons());
        if (standing.groups().isEmpty()) {
            trace.add("destination " + r.to(), Countries.name(r.to()) + " is in no group", source, "inNoGroup",
                    "country", Countries.name(r.to()));
        } else {
            trace.add("destination " + r.to(), Countries.name(r.to()) + " is in " + String.join(", ", standing.groups()),
                    source, "inGroups", "country", Countries.name(r.to()), "groups", String.join(", ", standing.groups()));
        }
        boolean worded = standing.caveatWords().size() == standing.caveats().size();
        for (int i = 0; i < standing.caveats().size(); i++) {
            String caveat = standing.caveats().get(i);
            if (worded) {
                Standing.Worded w = standing.caveatWords().get(i);
                trace.add(new TraceStep("CAVEAT", caveat, regime.source(), w.key(), w.values()));
            } else {
                trace.add("CAVEAT", caveat, regime.source(), "recorded", "text", caveat);
            }
        }
        boolean doubtsWorded = standing.doubtWords().size() == standing.doubts().size();
        for (int i = 0; i < standing.doubts().size(); i++) {
            String doubt = standing.doubts().get(i);
            if (doubtsWorded) {
                Standing.Worded w = standing.doubtWords().get(i);
                trace.add(new TraceStep("UNCERTAIN", doubt, regime.source(), w.key(), w.values()));
            } else {
                trace.add("UNCERTAIN", doubt, regime.source(), "recorded", "text", doubt);
            }
        }
        return standing;
    }
}
