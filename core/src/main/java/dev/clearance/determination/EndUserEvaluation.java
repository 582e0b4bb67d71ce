package dev.clearance.determination;

import dev.clearance.regime.EndUserRule;
import dev.clearance.regime.ExceptionRestriction;
import dev.clearance.regime.Regime;

/**
 * The end user: on a list one of the regime's end-user rules names (the EAR's Entity List), a licence
 * is required for any item and the exception restrictions apply; on another list, the hit is stated
 * as a CHECK, not claimed as that rule. In a regime with no end-user rules (Japan, Korea, the EU), a
 * listed end user of a listed good is stated in the trace (catch-all reads it for unlisted goods). An end
 * user not screened against every configured list makes the answer CHECK with a caveat naming them.
 */
final class EndUserEvaluation {
    private EndUserEvaluation() {
    }

    static void evaluate(Regime regime, ExportRequest r, boolean listed, Outcome out, Trace trace) {
        EndUserFinding u = r.endUser();
        if (u != null && !u.unscreened().isEmpty()) {
            // A "not listed" against some of the lists only is not a clearance: the officer must know.
            out.weaken(Confidence.CHECK);
            trace.add("CAVEAT", "CHECK: the end user " + u.name() + " was not screened against "
                    + String.join(", ", u.unscreened()) + " (not loaded)" + (u.listed() ? "" : "; that it is not listed"
                    + " there is not established"), u.list());
        }
        if (u == null || !u.listed()) {
            return;
        }
        if (regime.rules().endUserRules().isEmpty()) {
            if (listed) {
                trace.add("end user " + u.name(), "listed as " + u.entryId() + " on " + u.list() + ": " + u.explanation(),
                        u.list());
            }
            return;
        }
        for (EndUserRule rule : regime.rules().endUserRules()) {
            if (rule.covers(u.list())) {
                out.require("listed party");
                out.restrictedBy.add(ExceptionRestriction.When.LISTED_PARTY);
                trace.add("end user " + u.name(), "licence required: listed as " + u.entryId() + " on " + u.list()
                        + " (" + u.explanation() + "); " + rule.text(), rule.source() + "; " + u.list());
                return;
            }
        }
        out.weaken(Confidence.CHECK);
        trace.add("end user " + u.name(), "CHECK: listed as " + u.entryId() + " on " + u.list() + " (" + u.explanation()
                + "), which is not a list of " + String.join(", ", regime.rules().endUserRules().stream()
                .map(EndUserRule::code).toList()) + " (" + String.join(", ", regime.rules().endUserRules().stream()
                .flatMap(x -> x.lists().stream()).toList()) + "): sanctions or other restrictions may apply to the"
                + " party; establish them before shipping", u.list());
    }
}
