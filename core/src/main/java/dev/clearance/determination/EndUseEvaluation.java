package dev.clearance.determination;

import dev.clearance.regime.EndUseRule;
import dev.clearance.regime.Regime;

/**
 * End-use rules that reach every item, listed or not (the EAR's part 744): the export's end use makes a
 * licence required. Catch-all for unlisted goods is {@link CatchAllEvaluation}.
 */
final class EndUseEvaluation {
    private EndUseEvaluation() {
    }

    static void evaluate(Regime regime, ExportRequest r, Outcome out, Trace trace) {
        if (r.endUse() == null) {
            return;
        }
        for (EndUseRule rule : regime.rules().endUseRules()) {
            if (r.endUse().within(rule.endUses())) {
                out.require(rule.code());
                if (rule.check()) {
                    out.weaken(Confidence.CHECK);
                }
                trace.add(rule.code(), "licence required: " + r.endUse().word() + " end use: " + rule.text()
                        + (rule.check() ? " (CHECK)" : ""), rule.source(), rule.check() ? "endUseCheck" : "endUse",
                        "endUse", r.endUse().word(), "text", rule.text());
            }
        }
    }
}
