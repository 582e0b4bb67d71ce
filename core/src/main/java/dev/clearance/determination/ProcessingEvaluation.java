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
            String rule = "processing " + INDIVIDUAL + (best.group() == null ? "" : " " + best.group());
            String review = best.reviewDays() == null ? "" : "review " + best.reviewDays() + " days";
            if (best.documents() == null) {
                trace.add(rule, review, best.source(), best.reviewDays() == null ? null : "review",
                        "days", best.reviewDays());
            } else if (best.reviewDays() == null) {
                trace.add(rule, ", " + best.documents() + " documents", best.source(), "documents",
                        "documents", best.documents());
            } else {
                trace.add(rule, review + ", " + best.documents() + " documents", best.source(), "reviewAndDocuments",
                        "days", best.reviewDays(), "documents", best.documents());
            }
        }
    }
}
