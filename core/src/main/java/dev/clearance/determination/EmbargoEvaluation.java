package dev.clearance.determination;

import dev.clearance.regime.Embargo;
import dev.clearance.regime.ExceptionRestriction;
import dev.clearance.regime.Prohibition;
import dev.clearance.regime.Regime;

/**
 * Bans and embargoes on the destination: a prohibition no licence can lift (Japan's ban on North
 * Korea), or an embargo that requires a licence for every item and brings the regime's exception
 * restrictions into play (the EAR's part 746).
 */
final class EmbargoEvaluation {
    private EmbargoEvaluation() {
    }

    /** True when the export is prohibited: nothing else is then evaluated. */
    static boolean evaluate(Regime regime, ExportRequest r, Outcome out, Trace trace) {
        Prohibition ban = regime.prohibition(r.to(), r.date()).orElse(null);
        if (ban != null) {
            out.required = true;
            out.prohibited = true;
            String text = ban.text() + (ban.note().isEmpty() ? "" : " (" + ban.note() + ")");
            trace.add(ban.code(), "Prohibited: " + text + "; no licence type is offered", ban.source(), "banned",
                    "text", text);
            return true;
        }
        Embargo embargo = regime.embargo(r.to(), r.date()).orElse(null);
        if (embargo != null) {
            out.require("embargo");
            out.restrictedBy.add(ExceptionRestriction.When.EMBARGO);
            trace.add(embargo.code(), "licence required: " + embargo.text() + " (every item, whatever the list says)",
                    embargo.source(), "embargo", "text", embargo.text());
        }
        return false;
    }
}
