package dev.clearance.determination;

import dev.clearance.regime.ControlReason;
import dev.clearance.regime.DestinationRule;
import dev.clearance.regime.ItemRestriction;
import dev.clearance.regime.Listing;
import dev.clearance.regime.ListRules;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;
import java.util.Set;

/**
 * List control: for each reason for control of the good's entry, whether the destination needs a
 * licence for it (an X in its Country Chart column, a destination its text names, every destination
 * outside the free groups), and the CHECK where a control's text names none Clearance can read.
 */
final class ListControlEvaluation {
    private ListControlEvaluation() {
    }

    /** Evaluates the listing's reasons into {@code out}; true when the destination is in the free groups of the list. */
    static boolean evaluate(Regime regime, ExportRequest r, Listing listing, Standing standing, Outcome out, Trace trace) {
        String label = regime.rules().entryLabel() + " " + listing.code();
        Set<String> x = regime.chartX(r.to());
        boolean free = false;
        if (listing.reasons().size() == 1 && listing.reasons().get(0).reason().equals(Listing.EVERY_DESTINATION)) {
            // One reason, every destination (Japan, Korea; the EU outside its free groups): one step says it all.
            ControlReason reason = listing.reasons().get(0);
            DestinationRule rule = reason.rule();
            if (rule.exceptGroups().isEmpty()) {
                trace.add(label, listing.description() + ": licence required for every destination", reason.source(),
                        "everyDestination", "entry", listing.description());
            } else {
                trace.add(label, listing.description() + ": licence required for every destination outside "
                        + String.join("/", rule.exceptGroups()), reason.source(), "everyDestinationOutside",
                        "entry", listing.description(), "groups", String.join("/", rule.exceptGroups()));
            }
            note(listing, trace);
            if (listing.check()) {
                out.weaken(Confidence.CHECK);
            }
            free = rule.excepted(r.to(), standing::in);
            if (free && stricter(regime, r, listing, out, trace)) {
                free = false;
            }
            if (!free) {
                out.require(reason.reason());
            }
            return free;
        }
        if (listing.reasons().isEmpty()) {
            trace.add(label, listing.description() + ": reasons for control none given", listing.source(),
                    "noReasonsGiven", "entry", listing.description());
        } else {
            String reasons = String.join(", ", listing.reasons().stream().map(ControlReason::label).distinct().toList());
            trace.add(label, listing.description() + ": reasons for control " + reasons, listing.source(),
                    "reasonsForControl", "entry", listing.description(), "reasons", reasons);
        }
        note(listing, trace);
        if (listing.check()) {
            out.weaken(Confidence.CHECK);
        }
        for (ControlReason c : listing.reasons()) {
            String step = c.label() + " (" + listing.code() + ")";
            ControlReason.Reach reach = c.reach(listing.code());
            if (reach == ControlReason.Reach.OUT) {
                trace.add(step, "does not apply to " + listing.code() + ": " + c.reason() + " applies only to "
                        + String.join(", ", c.paragraphs()) + " (" + c.scope() + ")", c.source(), "reasonOnlyTo",
                        "entry", listing.code(), "reason", c.reason(), "paragraphs", String.join(", ", c.paragraphs()),
                        "scope", c.scope());
                continue;
            }
            // Under a paragraph the reason names, it applies as surely as its conditions allow; a code broader than
            // the paragraphs (or a scope Clearance cannot tell apart) takes it on the whole entry, conservatively.
            boolean conservative = c.paragraphs().isEmpty() || reach == ControlReason.Reach.MAYBE ? c.conservative()
                    : c.conditional();
            Boolean needs = c.rule().requires(r.to(), x, standing::in);
            boolean conditions = reach == ControlReason.Reach.IN && !c.paragraphs().isEmpty();
            String scope = !conservative ? "" : conditions
                    ? " (applies to " + c.scope() + "; its conditions are not told apart: applied, conservatively)"
                    : " (applies to " + c.scope() + "; applied to the whole entry, conservatively)";
            if (needs == null) {
                out.require(c.reason());
                out.weaken(Confidence.CHECK);
                trace.add(step, "CHECK: licence possibly required: no Country Chart column, and the text names no"
                        + " destination Clearance reads: " + (c.scope().isEmpty() ? "" : c.scope() + " => ")
                        + c.rule().text() + " (required, conservatively)", c.source(),
                        c.scope().isEmpty() ? "noChartColumn" : "noChartColumnScope", "scope", c.scope(),
                        "text", c.rule().text());
                continue;
            }
            if (needs) {
                out.require(c.reason());
                if (conservative) {
                    out.weaken(Confidence.CHECK);
                }
            }
            String where = c.rule().kind() == DestinationRule.Kind.CHART
                    ? (needs ? "X for " + r.to() : "no X for " + r.to())
                    : (needs ? r.to() + " is among " : r.to() + " is not among ") + c.rule().describe()
                    + " (no Country Chart column: " + c.rule().text() + ")";
            boolean chart = c.rule().kind() == DestinationRule.Kind.CHART;
            trace.add(step, where + ": " + (needs ? "licence required for " : "no licence needed for ") + c.reason()
                    + " reasons" + scope, c.source(), (chart ? "chart" : "among") + (needs ? "Needs" : "Free")
                    + (!conservative ? "" : conditions ? "Conditions" : "Whole"), "country", r.to(),
                    "destinations", chart ? "" : c.rule().describe(), "text", chart ? "" : c.rule().text(),
                    "reason", c.reason(), "scope", c.scope());
        }
        return false;
    }

    /**
     * True when an item restriction in force takes the entry out of the free groups (the EU's Annex IV items need
     * an authorisation inside the Union too); a code that only may be in the restricted set is taken as in it,
     * conservatively, CHECK.
     */
    private static boolean stricter(Regime regime, ExportRequest r, Listing listing, Outcome out, Trace trace) {
        for (ItemRestriction x : regime.rules().itemRestrictions()) {
            ItemRestriction.Reach reach = x.reach(listing.code());
            if (!x.noFreeTransfer() || reach == ItemRestriction.Reach.OUT || !x.period().contains(r.date())) {
                continue;
            }
            boolean maybe = reach == ItemRestriction.Reach.MAYBE;
            if (x.check() || maybe) {
                out.weaken(Confidence.CHECK);
            }
            trace.add(x.code(), "licence required for " + r.to() + " too: " + listing.code() + (maybe ? " may be" : " is")
                    + " in " + x.title() + ": " + x.text() + (maybe ? " (only part of the entry is in it: taken as in it,"
                    + " conservatively, CHECK)" : x.check() ? " (CHECK)" : ""), x.source(),
                    "restrictedToo" + (maybe ? "Maybe" : x.check() ? "Check" : ""), "country", r.to(),
                    "entry", listing.code(), "title", x.title(), "text", x.text());
            return true;
        }
        return false;
    }

    private static void note(Listing listing, Trace trace) {
        if (!listing.note().isEmpty()) {
            trace.add("note " + listing.entry(), listing.note(), listing.source(), "recorded", "text", listing.note());
        }
    }

    /** The step for goods on no entry, when the regime names them (EAR99). */
    static void unlisted(Regime regime, ExportRequest r, Trace trace) {
        ListRules rules = regime.rules();
        if (r.item() == null) {
            trace.add(rules.unlisted(), "the good is on no " + rules.entryLabel() + ": " + rules.unlistedText(),
                    rules.source(), "unlistedGood", "entryLabel", rules.entryLabel(), "text", rules.unlistedText());
        } else {
            trace.add(rules.unlisted(), rules.unlisted() + " as given: " + rules.unlistedText(), rules.source(),
                    "unlistedAsGiven", "code", rules.unlisted(), "text", rules.unlistedText());
        }
    }
}
