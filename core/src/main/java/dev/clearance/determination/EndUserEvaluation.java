package dev.clearance.determination;

import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.EndUserRule;
import dev.clearance.regime.ExceptionRestriction;
import dev.clearance.regime.ListEffect;
import dev.clearance.regime.Regime;
import java.util.ArrayList;
import java.util.List;

/**
 * The end user: a hit on a list is read by the regime's end-user rule for that list's legal effect (its kind and
 * issuing jurisdiction, as the list's configuration says) or for that list by name: a ban makes the export
 * prohibited (no licence type is offered), a licence rule requires a licence for any item and brings the exception
 * restrictions into play, a CHECK rule says so. A hit no rule in force reads is stated as a CHECK, not claimed as a
 * rule; only a list whose effect is the catch-all one (or not given), in a regime with no end-user rules or whose
 * catch-all reads listed end users, is left to catch-all (a listed good needs a licence anyway). An end user not
 * screened against every configured list makes the answer CHECK with a caveat naming them.
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
                    + " there is not established"), u.list(), u.listed() ? "endUserUnscreened" : "endUserUnscreenedUnlisted",
                    "name", u.name(), "lists", String.join(", ", u.unscreened()));
        }
        if (u == null || !u.listed()) {
            return;
        }
        String hit = "listed as " + u.entryId() + " on " + u.list() + (u.effect() == null ? ""
                : " (effect " + u.effect().word() + ")");
        for (EndUserRule rule : regime.rules().endUserRules()) {
            if (!rule.reads(u.list(), u.effect())) {
                continue;
            }
            if (!rule.period().contains(r.date())) {
                trace.add(rule.code(), "not in force on " + r.date() + " " + rule.period() + " for an end user " + hit,
                        rule.source());
                continue;
            }
            apply(rule, u, hit, out, trace);
            return;
        }
        if (leftToCatchAll(regime, u.effect())) {
            if (listed) {
                trace.add("end user " + u.name(), hit + ": " + u.explanation(), u.list(), hitKey("endUserListed", u),
                        hitArgs(u));
            }
            return;
        }
        out.weaken(Confidence.CHECK);
        trace.add("end user " + u.name(), "CHECK: " + hit + " (" + u.explanation() + "), which no end-user rule of "
                + regime.jurisdiction() + " in force reads" + (regime.rules().endUserRules().isEmpty() ? "" : " ("
                + String.join("; ", regime.rules().endUserRules().stream().map(x -> x.code() + ": " + x.describe())
                .toList()) + ")") + ": sanctions or other restrictions may apply to the party; establish them before"
                + " shipping", u.list());
    }

    /** The key of a step naming the hit: a second wording when the hit carries the list's effect. */
    private static String hitKey(String base, EndUserFinding u) {
        return u.effect() == null ? base : base + "Effect";
    }

    /** The hit's values (entry, list, effect, explanation as the screening words it), then {@code more}. */
    private static Object[] hitArgs(EndUserFinding u, Object... more) {
        List<Object> args = new ArrayList<>(List.of("entry", u.entryId(), "list", u.list(), "explanation",
                String.valueOf(u.explanation())));
        if (u.effect() != null) {
            args.addAll(List.of("effect", u.effect().word()));
        }
        args.addAll(List.of(more));
        return args.toArray();
    }

    private static void apply(EndUserRule rule, EndUserFinding u, String hit, Outcome out, Trace trace) {
        String step = "end user " + u.name();
        String source = rule.source() + "; " + u.list();
        if (rule.check()) {
            out.weaken(Confidence.CHECK);
        }
        if (rule.authority() != null) {
            out.authority = rule.authority();
        }
        switch (rule.outcome()) {
            case PROHIBITED -> {
                out.required = true;
                out.prohibited = true;
                trace.add(step, "Prohibited: " + hit + " (" + u.explanation() + "); " + rule.text()
                        + (rule.check() ? " (CHECK)" : "") + "; no licence type is offered", source,
                        rule.check() ? null : hitKey("endUserProhibited", u), hitArgs(u, "text", rule.text()));
            }
            case LICENCE -> {
                out.require("listed party");
                out.restrictedBy.add(ExceptionRestriction.When.LISTED_PARTY);
                trace.add(step, "licence required: " + hit + " (" + u.explanation() + "); " + rule.text()
                        + (rule.policy().isEmpty() ? "" : "; licensing policy: " + rule.policy())
                        + (rule.check() ? " (CHECK)" : ""), source, rule.check() ? null
                        : hitKey(rule.policy().isEmpty() ? "endUserLicence" : "endUserLicencePolicy", u),
                        hitArgs(u, "text", rule.text(), "policy", rule.policy()));
            }
            case CHECK -> {
                out.weaken(Confidence.CHECK);
                trace.add(step, "CHECK: " + hit + " (" + u.explanation() + "); " + rule.text(), source,
                        hitKey("endUserCheck", u), hitArgs(u, "text", rule.text()));
            }
            default -> throw new IllegalStateException(rule.outcome().name());
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
