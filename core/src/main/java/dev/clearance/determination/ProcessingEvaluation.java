package dev.clearance.determination;

import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;

/** How long an individual licence takes and how many documents it needs, by the destination's group. */
final class ProcessingEvaluation {
    private static final String INDIVIDUAL = "INDIVIDUAL";

    private ProcessingEvaluation() {
    }

    static void evaluate(Regime regime, ExportRequest r, Standing standing, Outcome out, Trace trace) {
        ProcessingRule best = null;
        for (ProcessingRule p : regime.processing()) {
            if (p.licence().equals(INDIVIDUAL) && p.period().contains(r.date())
                    && (p.group() == null || standing.in(p.group()))
                    && (best == null || best.group() == null && p.group() != null)) {
                best = p;
            }
        }
        if (best != null) {
            out.reviewDays = best.reviewDays();
            out.documents = best.documents();
            trace.add("processing " + INDIVIDUAL + (best.group() == null ? "" : " " + best.group()),
                    (best.reviewDays() == null ? "" : "review " + best.reviewDays() + " days")
                            + (best.documents() == null ? "" : ", " + best.documents() + " documents"),
                    best.source());
        }
    }
}
