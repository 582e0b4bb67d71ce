package dev.clearance.determination;

import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.EndUserRule;
import dev.clearance.regime.ExceptionRestriction;
import dev.clearance.regime.ListEffect;
import dev.clearance.regime.Regime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The end user: each hit on a list is read by the regime's end-user rule for that list's legal effect (its kind
 * and issuing jurisdiction, as the list's configuration says) or for that list by name: a ban makes the export
 * prohibited (no licence type is offered), a licence rule requires a licence for any item and brings the exception
 * restrictions into play, a CHECK rule says so. A hit no rule in force reads is stated as a CHECK, not claimed as a
 * rule; only a list whose effect is the catch-all one (or not given), in a regime with no end-user rules or whose
 * catch-all reads listed end users, is left to catch-all (a listed good needs a licence anyway). An end user on
 * several lists is read on every one of them and the strictest effect counts, whichever hit scored highest (a
 * doubt from a weaker hit cannot change an answer a stricter hit already prohibits). An end user not screened
 * against every configured list makes the answer CHECK with a caveat naming them.
 */
final class EndUserEvaluation {
    private EndUserEvaluation() {
    }

    /** What one hit means under the regime, strictest first. */
    private enum Reading {
        PROHIBITED, LICENCE, CATCH_ALL, CHECK
    }

    /** A hit with the rule in force that reads it (null when none does) and what it means. */
    private record Read(EndUserFinding.Hit hit, EndUserRule rule, Reading reading) {
    }

    static void evaluate(Regime regime, ExportRequest r, boolean listed, Outcome out, Trace trace) {
        EndUserFinding u = r.endUser();
        if (u != null && !u.unscreened().isEmpty()) {
            // A "not listed" against some of the lists only is not a clearance: the officer must know.
            out.weaken(Confidence.CHECK);
            trace.add("CAVEAT", "CHECK: the end user " + u.name() + " was not screened against "
                    + String.join(", ", u.unscreened()) + " (not loaded)" + (u.listed() ? "" : "; that it is not listed"
                    + " there is not established"), u.list(), u.listed() ? "endUserUnscreened" : "endUserUnscreenedUnlisted",
                    "name", u.name(), "lists", String.join(", ", u.unscreened()));
        }
        if (u == null || !u.listed()) {
            return;
        }
        List<EndUserFinding.Hit> hits = u.hits();
        List<Read> reads = hits.stream().map(h -> read(regime, r, u, h, trace))
                .sorted(Comparator.comparing(Read::reading)).toList();
        if (hits.size() > 1) {
            String strictest = reads.get(0).reading().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            Reasons each = new Reasons();
            hits.forEach(h -> each.add(new Wording(hitText(h), hitKey("endUserHit", h), hitArgs(h))));
            trace.add("end user " + u.name(), "on " + hits.size() + " lists (" + each.joined()
                    + "): each hit is read, and the strictest effect (" + strictest + ") counts, whichever scored highest",
                    u.list(), "endUserHits", each, "count", hits.size(), "strictest", strictest);
        }
        for (Read read : reads) {
            apply(regime, u, read, listed, out, trace);
        }
    }

    /** The key of a step naming the hit: a second wording when the hit carries the list's effect. */
    private static String hitKey(String base, EndUserFinding.Hit h) {
        return h.effect() == null ? base : base + "Effect";
    }

    /** The hit's values (entry, list, effect, explanation as the screening words it), then {@code more}. */
    private static Object[] hitArgs(EndUserFinding.Hit h, Object... more) {
        List<Object> args = new java.util.ArrayList<>(List.of("entry", h.entryId(), "list", h.list(), "explanation",
                String.valueOf(h.explanation())));
        if (h.effect() != null) {
            args.addAll(List.of("effect", h.effect().word()));
        }
        args.addAll(List.of(more));
        return args.toArray();
    }

    private static String hitText(EndUserFinding.Hit h) {
        return "listed as " + h.entryId() + " on " + h.list() + (h.effect() == null ? "" : " (effect "
                + h.effect().word() + ")");
    }

    /** The rule in force that reads the hit, and what it means; rules not in force on the day are traced. */
    private static Read read(Regime regime, ExportRequest r, EndUserFinding u, EndUserFinding.Hit h, Trace trace) {
        for (EndUserRule rule : regime.rules().endUserRules()) {
            if (!rule.reads(h.list(), h.effect())) {
                continue;
            }
            if (!rule.period().contains(r.date())) {
                trace.add(rule.code(), "not in force on " + r.date() + " " + rule.period() + " for an end user "
                        + hitText(h), rule.source(), hitKey("endUserRuleNotInForce", h),
                        hitArgs(h, "day", r.date(), "period", rule.period()));
                continue;
            }
            Reading reading = switch (rule.outcome()) {
                case PROHIBITED -> Reading.PROHIBITED;
                case LICENCE -> Reading.LICENCE;
                case CHECK -> Reading.CHECK;
            };
            return new Read(h, rule, reading);
        }
        return new Read(h, null, leftToCatchAll(regime, h.effect()) ? Reading.CATCH_ALL : Reading.CHECK);
    }

    private static void apply(Regime regime, EndUserFinding u, Read read, boolean listed, Outcome out, Trace trace) {
        EndUserFinding.Hit h = read.hit();
        String hit = hitText(h);
        String step = "end user " + u.name();
        String moot = out.prohibited ? "; " + SanctionsEvaluation.MOOT + " (a stricter hit prohibits the export)" : "";
        EndUserRule rule = read.rule();
        if (rule == null) {
            if (read.reading() == Reading.CATCH_ALL) {
                if (listed) {
                    trace.add(step, hit + ": " + h.explanation(), h.list(), hitKey("endUserListed", h), hitArgs(h));
                }
                return;
            }
            if (moot.isEmpty()) {
                out.weaken(Confidence.CHECK);
            }
            String rules = String.join("; ", regime.rules().endUserRules().stream()
                    .map(x -> x.code() + ": " + x.describe()).toList());
            trace.add(step, "CHECK: " + hit + " (" + h.explanation() + "), which no end-user rule of "
                    + regime.jurisdiction() + " in force reads" + (rules.isEmpty() ? "" : " (" + rules + ")")
                    + ": sanctions or other restrictions may apply to the party; establish them before shipping" + moot,
                    h.list(), hitKey("endUserNoRule", h) + (rules.isEmpty() ? "" : "Rules") + (moot.isEmpty() ? "" : "Moot"),
                    hitArgs(h, "regime", regime.jurisdiction(), "rules", rules));
            return;
        }
        String source = rule.source() + "; " + h.list();
        if (rule.check() && (moot.isEmpty() || read.reading() == Reading.PROHIBITED)) {
            out.weaken(Confidence.CHECK);
        }
        if (rule.authority() != null && (out.authority == null || read.reading() == Reading.PROHIBITED)) {
            out.authority = rule.authority();
        }
        switch (read.reading()) {
            case PROHIBITED -> {
                out.required = true;
                out.prohibited = true;
                trace.add(step, "Prohibited: " + hit + " (" + h.explanation() + "); " + rule.text()
                        + (rule.check() ? " (CHECK)" : "") + "; no licence type is offered", source,
                        hitKey("endUserProhibited", h) + (rule.check() ? "Check" : ""), hitArgs(h, "text", rule.text()));
            }
            case LICENCE -> {
                out.require("listed party");
                out.restrictedBy.add(ExceptionRestriction.When.LISTED_PARTY);
                trace.add(step, "licence required: " + hit + " (" + h.explanation() + "); " + rule.text()
                        + (rule.policy().isEmpty() ? "" : "; licensing policy: " + rule.policy())
                        + (rule.check() ? " (CHECK)" : "") + moot, source,
                        hitKey(rule.policy().isEmpty() ? "endUserLicence" : "endUserLicencePolicy", h)
                        + (rule.check() ? "Check" : "") + (moot.isEmpty() ? "" : "Moot"),
                        hitArgs(h, "text", rule.text(), "policy", rule.policy()));
            }
            case CHECK -> {
                if (moot.isEmpty()) {
                    out.weaken(Confidence.CHECK);
                }
                trace.add(step, "CHECK: " + hit + " (" + h.explanation() + "); " + rule.text() + moot, source,
                        hitKey("endUserCheck", h) + (moot.isEmpty() ? "" : "Moot"), hitArgs(h, "text", rule.text()));
            }
            default -> throw new IllegalStateException(read.reading().name());
        }
    }

    /**
     * True when catch-all, not an end-user rule, reads the hit: a catch-all list (or one whose effect is not given)
     * in a regime with no end-user rules, or whose catch-all names listed end users as a ground.
     */
    private static boolean leftToCatchAll(Regime regime, ListEffect effect) {
        if (effect != null && effect.kind() != ListEffect.Kind.CATCH_ALL) {
            return false;
        }
        return regime.rules().endUserRules().isEmpty() || regime.catchAll().stream().flatMap(c -> c.grounds().stream())
                .anyMatch(g -> g.trigger() == CatchAllRule.Ground.Trigger.END_USER_LIST);
    }
}
