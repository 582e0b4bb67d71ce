package dev.clearance.determination;

import dev.clearance.regime.ChartFootnote;
import dev.clearance.regime.Codes;
import dev.clearance.regime.Listing;
import dev.clearance.regime.Regime;
import java.util.Map;

/**
 * The footnotes on the destination's Country Chart row, each as the regime data says: licence
 * required (for every entry or the entries it names; for unlisted goods as the data says), CHECK,
 * or its text for the trace.
 */
final class FootnoteEvaluation {
    private FootnoteEvaluation() {
    }

    static void evaluate(Regime regime, ExportRequest r, Listing listing, Outcome out, Trace trace) {
        for (Map.Entry<ChartFootnote, String> e : regime.footnotes(r.to())) {
            ChartFootnote f = e.getKey();
            String text = e.getValue();
            String rule = "footnote " + f.number();
            ChartFootnote.Effect effect = listing == null ? f.unlisted() : f.effect();
            String note = f.note().isEmpty() ? "" : " " + f.note();
            Reasons regionDoubt = null; // the region's reasons when it may be where the footnote reaches
            String maybeEntry = null; // the entry when it may be one the footnote names
            if (!f.regions().isEmpty()) {
                // A footnote limited to regions decides once the request names the region.
                Reasons why = new Reasons();
                SanctionsEvaluation.Reach reach = RegionReach.of(f.regions(), r, why);
                String because = " [" + why.joined() + "]";
                if (reach == SanctionsEvaluation.Reach.NO) {
                    trace.add(rule, "does not apply" + because + ": " + text, f.source(), "footnoteRegionNo", why,
                            "text", text);
                    continue;
                }
                if (reach == SanctionsEvaluation.Reach.YES) {
                    out.require(rule);
                    if (listing == null) {
                        // What the footnote excepts for goods on no entry (food, medicine) is not told apart.
                        out.weaken(Confidence.CHECK);
                    }
                    trace.add(rule, "licence required" + because + ": " + text + note
                            + (listing == null ? " (required, conservatively, CHECK)" : ""), f.source(),
                            listing == null ? "footnoteRegionYesUnlisted" : "footnoteRegionYes", why, "text", text,
                            "note", note);
                    continue;
                }
                note = note + because;
                regionDoubt = why;
            }
            if (effect == ChartFootnote.Effect.REQUIRED && listing != null && !f.entries().isEmpty()) {
                Reach reach = reach(f, listing.code());
                if (reach == Reach.NONE) {
                    trace.add(rule, "does not apply to " + listing.code() + ": " + text, f.source(), "footnoteNotTo",
                            "entry", listing.code(), "text", text);
                    continue;
                }
                if (reach == Reach.MAYBE) {
                    out.weaken(Confidence.CHECK);
                    note = note + " (" + listing.code() + " may be one of the entries it names: required,"
                            + " conservatively, CHECK)";
                    maybeEntry = listing.code();
                }
            }
            switch (effect) {
                case REQUIRED -> {
                    out.require(rule);
                    footnote(trace, rule, "licence required: " + text + note, f, "footnoteRequired", regionDoubt,
                            maybeEntry, text);
                }
                case CHECK -> {
                    // Unlisted goods: what the footnote names is not encoded, so a licence is taken as required.
                    if (listing == null && f.effect() == ChartFootnote.Effect.REQUIRED) {
                        out.require(rule);
                        footnote(trace, rule, "licence required: " + text + note, f, "footnoteRequired", regionDoubt,
                                maybeEntry, text);
                    } else {
                        footnote(trace, rule, "CHECK: " + text + note, f, "footnoteCheck", regionDoubt, maybeEntry,
                                text);
                    }
                    out.weaken(Confidence.CHECK);
                }
                case INFO -> {
                    if (!text.isEmpty()) {
                        trace.add(rule, text, f.source(), "recorded", "text", text);
                    }
                }
            }
        }
    }

    private enum Reach { ALL, MAYBE, NONE }

    /** Whether the footnote's entries cover the code (ALL), may (the code is broader than one: MAYBE), or not. */
    private static Reach reach(ChartFootnote f, String code) {
        Reach best = Reach.NONE;
        for (String e : f.entries()) {
            if (Codes.covers(e, code)) {
                return Reach.ALL;
            }
            if (Codes.covers(code, e)) {
                best = Reach.MAYBE;
            }
        }
        return best;
    }

    /**
     * A footnote's step, worded by a key that says what joined its text: the data's note, the reasons a named region
     * may be where it reaches, and an entry that may be one it names.
     */
    private static void footnote(Trace trace, String rule, String effect, ChartFootnote f, String base,
                                 Reasons regionDoubt, String maybeEntry, String text) {
        String key = base + (f.note().isEmpty() ? "" : "Noted") + (regionDoubt == null ? "" : "Region")
                + (maybeEntry == null ? "" : "MaybeEntry");
        Object[] values = {"text", text, "note", f.note(), "entry", String.valueOf(maybeEntry)};
        if (regionDoubt == null) {
            trace.add(rule, effect, f.source(), key, values);
        } else {
            trace.add(rule, effect, f.source(), key, regionDoubt, values);
        }
    }
}
