package dev.clearance.determination;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.CatchAllRule.Ground;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;
import java.util.ArrayList;
import java.util.List;

/**
 * The catch-all controls for a good on no control list: which rules reach the export, by which
 * ground, and why or why not. A rule is met by the first of its grounds (known end use, listed end
 * user, notice from the authority) that is in force, reaches the destination and is triggered.
 */
final class CatchAllEvaluation {
    private CatchAllEvaluation() {
    }

    static Outcome unlisted(Regime regime, ExportRequest r, Standing standing, Trace trace) {
        if (regime.rules().unlisted() != null) {
            ListControlEvaluation.unlisted(regime, r, trace);
        } else {
            String source = regime.listControl() == null ? regime.source() : regime.listControl().source();
            if (r.cas() != null) {
                trace.add("no control-list entry", "CAS " + r.cas() + " is not listed; catch-all considered", source,
                        "casNotListed", "cas", r.cas());
            } else {
                trace.add("no control-list entry", "the good is on no control list of " + regime.jurisdiction()
                        + "; catch-all considered", source, "onNoList", "regime", regime.jurisdiction());
            }
        }
        int chapter = chapter(r.hs());
        int heading = heading(r.hs());
        Outcome out = new Outcome(false);
        boolean reached = false;
        // Any one rule that fires decides "licence required": the answer is as sure as the surest of them.
        // Doubts about rules that did not fire matter only when none fires.
        Confidence surestFired = null;
        Outcome doubts = new Outcome(false);
        for (CatchAllRule rule : regime.catchAll()) {
            if (!rule.confirmed()) {
                trace.add(rule.code(), "not applied: UNCONFIRMED. " + rule.note(), rule.source(), "unconfirmed",
                        "text", rule.note());
                continue;
            }
            if (!rule.period().contains(r.date())) {
                if (rule.period().from() != null && r.date().isBefore(rule.period().from()) && rule.uncertain() != null) {
                    trace.add(rule.code(), "not in force yet: it took effect on a day in "
                            + rule.uncertain().window() + " (" + rule.uncertain().note() + ")", rule.uncertain().source(),
                            "notInForceYet", "window", rule.uncertain().window(), "text", rule.uncertain().note());
                }
                continue;
            }
            if (chapter > 0 && !rule.coversChapter(chapter)) {
                trace.add(rule.code(), "does not apply: HS chapter " + chapter + " is outside " + rule.hsChapters(),
                        rule.source(), "hsChapterOutside", "chapter", chapter, "chapters", rule.hsChapters());
                continue;
            }
            List<Ground> reaching = new ArrayList<>();
            Reasons exemptions = new Reasons();
            for (Ground g : rule.grounds()) {
                if (!g.period().contains(r.date())) {
                    continue;
                }
                if (standing.inAny(g.exemptGroups())) {
                    if (wouldTrigger(g, r)) {
                        exemptions.add(exemption(g, r));
                    }
                    continue;
                }
                reaching.add(g);
            }
            if (reaching.isEmpty()) {
                trace.add(rule.code(), "does not apply: " + r.to() + " is in exempt group "
                        + String.join(" or ", rule.exemptGroups()), rule.source(), "exemptGroup", "country", r.to(),
                        "groups", String.join(" / ", rule.exemptGroups()));
                continue;
            }
            reached = true;
            boolean inWindow = rule.uncertain() != null && rule.uncertain().covers(r.date());
            if (inWindow) {
                trace.add(rule.code(), rule.uncertain().describe(), rule.uncertain().source(), "uncertainWindow",
                        "note", rule.uncertain().note(), "window", rule.uncertain().window());
            }
            Ground fired = null;
            Wording why = null;
            Reasons notWhy = new Reasons();
            for (Ground g : reaching) {
                why = trigger(g, r, standing, heading, regime, rule, doubts, trace, notWhy);
                if (why != null) {
                    fired = g;
                    break;
                }
            }
            if (fired != null) {
                out.required = true;
                out.catchAll = true;
                out.notify |= fired.notifies();
                Confidence c = fired.check() ? Confidence.CHECK : Confidence.CONFIRMED;
                if (inWindow || !fired.groups().isEmpty() && standing.onlyUncertainlyIn(fired.groups())) {
                    c = c.weakest(Confidence.UNCERTAIN);
                }
                surestFired = surestFired == null || c.ordinal() < surestFired.ordinal() ? c : surestFired;
                boolean assumedChapter = chapter == 0 && !rule.hsChapters().isEmpty();
                Reasons met = new Reasons();
                met.add(why);
                trace.add(rule.code(), "licence required: " + why.effect()
                        + (fired.text().isEmpty() ? "" : " [" + fired.text() + "]")
                        + (fired.check() ? " (CHECK: secondary sources)" : "")
                        + (fired.notifies() ? "; the exporter must notify the authority, which decides" : "")
                        + (assumedChapter ? " (no HS code given: assumed within chapters " + rule.hsChapters() + ")" : ""),
                        fired.source(), "catchAllRequired" + (fired.text().isEmpty() ? "" : "Text")
                        + (fired.check() ? "Secondary" : "") + (fired.notifies() ? "Notify" : "")
                        + (assumedChapter ? "NoHs" : ""), met, "text", fired.text(), "chapters", rule.hsChapters());
            } else {
                notWhy.addAll(exemptions);
                if (!rule.note().isEmpty()) {
                    notWhy.add("recorded", rule.note(), "text", rule.note()); // the regime data's own note
                }
                trace.add(rule.code(), "not triggered: " + notWhy.joined(), rule.source(), "catchAllNotTriggered", notWhy);
            }
        }
        if (r.endUse() == EndUse.UNKNOWN) {
            trace.add("end use unknown", "CHECK: catch-all turns on the end use; establish it before shipping",
                    regime.source(), "endUseUnknown");
            if (reached) {
                doubts.weaken(Confidence.CHECK);
            }
        }
        out.weaken(out.required ? surestFired : doubts.confidence);
        if (out.required) {
            List<String> refused = new ArrayList<>();
            for (LicenceType t : regime.licenceTypes()) {
                if (t.scope().allowsCatchAll() && t.period().contains(r.date())) {
                    Wording refusal = LicenceEvaluation.refusal(t, r, standing);
                    if (refusal == null) {
                        out.offer(t.code(), t.check() ? Confidence.CHECK : Confidence.CONFIRMED);
                    } else {
                        refused.add(t.code() + " " + refusal.effect());
                    }
                }
            }
            String offered = String.join(", ", out.options);
            trace.add("licence types", "for a catch-all licence: " + (out.options.isEmpty() ? "none" : offered)
                    + (refused.isEmpty() ? "" : "; " + String.join("; ", refused)),
                    regime.licenceTypes().isEmpty() ? regime.source() : regime.licenceTypes().stream()
                            .filter(t -> out.options.contains(t.code())).map(LicenceType::source).findFirst()
                            .orElse(regime.source()),
                    // the refusals, each its own reason, keep the English effect; the plain list is worded
                    !refused.isEmpty() ? null : out.options.isEmpty() ? "catchAllLicencesNone" : "catchAllLicences",
                    "options", offered);
            ProcessingEvaluation.evaluate(regime, r, standing, out, trace);
        }
        return out;
    }

    /** Whether the request has what the ground asks, ignoring where it is sent. */
    private static boolean wouldTrigger(Ground g, ExportRequest r) {
        return switch (g.trigger()) {
            case END_USE -> r.endUse().within(g.endUses());
            case END_USER_LIST -> r.endUser() != null && r.endUser().listed();
            case INFORM -> r.informed();
        };
    }

    /** Why a ground that would be met does not reach the destination: it is in an exempt group. */
    private static Wording exemption(Ground g, ExportRequest r) {
        String groups = String.join(" or ", g.exemptGroups());
        String head = r.to() + " is in exempt group " + groups + " for the ";
        return switch (g.trigger()) {
            case END_USE -> new Wording(head + "objective requirement (end use " + String.join("/", g.endUses()) + ")",
                    "exemptEndUse", "country", r.to(), "groups", groups, "endUses", String.join("/", g.endUses()));
            case END_USER_LIST -> new Wording(head + "objective requirement (listed end user)", "exemptListed",
                    "country", r.to(), "groups", groups);
            case INFORM -> new Wording(head + "inform requirement", "exemptInform", "country", r.to(), "groups", groups);
        };
    }

    /** Why the ground is met, or null (adding why not to {@code notWhy}). */
    private static Wording trigger(Ground g, ExportRequest r, Standing standing, int heading, Regime regime,
                                   CatchAllRule rule, Outcome out, Trace trace, Reasons notWhy) {
        switch (g.trigger()) {
            case END_USE -> {
                String use = r.endUse().word();
                if (!r.endUse().within(g.endUses())) {
                    notWhy.add("endUse", "end use " + use, "endUse", use);
                    return null;
                }
                if (!g.groups().isEmpty() && !standing.inAny(g.groups())) {
                    for (String code : g.groups()) {
                        CountryGroup group = regime.group(code).orElseThrow();
                        if (!group.complete()) {
                            trace.add("CAVEAT", code + " is only partly encoded and " + r.to()
                                    + " is not among its known members. " + group.note(), group.source(),
                                    "partlyEncodedGroup", "group", code, "country", r.to(), "text", group.note());
                            out.weaken(Confidence.CHECK);
                        }
                    }
                    notWhy.add("endUseOnlyFor", "end use " + use + " meets the objective requirement only for "
                            + String.join("/", g.groups()) + " destinations", "endUse", use,
                            "groups", String.join("/", g.groups()));
                    return null;
                }
                String groups = String.join("/", g.groups());
                String where = g.groups().isEmpty() ? "" : " to a " + groups + " destination";
                String to = g.groups().isEmpty() ? "" : "To";
                if (!g.hsHeadings().isEmpty()) {
                    if (heading == 0) {
                        return new Wording("objective requirement: end use " + use + where + " (no four-digit HS heading"
                                + " given: assumed to be among the listed goods, HS " + g.hsHeadings()
                                + (g.headingsComplete() ? "" : " and others") + ")", "objectiveEndUse" + to + "NoHeading"
                                + (g.headingsComplete() ? "" : "Partial"), "endUse", use, "groups", groups,
                                "headings", g.hsHeadings());
                    }
                    boolean in = g.hsHeadings().stream().anyMatch(h -> h.contains(heading));
                    if (in) {
                        return new Wording("objective requirement: end use " + use + where + "; HS heading " + heading
                                + " is among the listed goods", "objectiveEndUse" + to + "Heading", "endUse", use,
                                "groups", groups, "heading", heading);
                    }
                    if (!g.headingsComplete()) {
                        trace.add("CAVEAT", "HS heading " + heading + " is not among the known headings "
                                + g.hsHeadings() + " of " + rule.code() + "'s listed goods, but that list is only"
                                + " partly known: " + g.text(), g.source(), "headingPartlyKnown", "heading", heading,
                                "headings", g.hsHeadings(), "rule", rule.code(), "text", g.text());
                        out.weaken(Confidence.CHECK);
                    }
                    notWhy.add("headingNotListed", "end use " + use + ": HS heading " + heading
                            + " is not among the known listed goods " + g.hsHeadings(), "endUse", use, "heading", heading,
                            "headings", g.hsHeadings());
                    return null;
                }
                return new Wording("objective requirement: end use " + use + where, "objectiveEndUse" + to,
                        "endUse", use, "groups", groups);
            }
            case END_USER_LIST -> {
                if (r.endUser() != null && r.endUser().listed()) {
                    EndUserFinding u = r.endUser();
                    return new Wording("objective requirement: end user " + u.name() + " is listed as " + u.entryId()
                            + " on " + u.list() + " (" + u.explanation() + ")", "objectiveListed", "name", u.name(),
                            "entry", u.entryId(), "list", u.list(), "explanation", String.valueOf(u.explanation()));
                }
                if (r.endUser() == null) {
                    notWhy.add("noEndUser", "no end user screened");
                } else {
                    notWhy.add("endUserNotListed", "end user " + r.endUser().name() + " not listed", "name",
                            r.endUser().name());
                }
                return null;
            }
            case INFORM -> {
                if (r.informed()) {
                    return new Wording("inform requirement: the authority informed the exporter", "informed");
                }
                notWhy.add("notInformed", "not informed");
                return null;
            }
            default -> throw new IllegalStateException(g.trigger().name());
        }
    }

    /** The HS code's digits, empty when none is given; a bad code is refused naming the field. */
    static String digits(String hs) {
        if (hs == null || hs.isBlank()) {
            return "";
        }
        String digits = hs.replaceAll("[.\\s]", "");
        if (!digits.matches("[0-9]{2,10}")) {
            throw new BadRequestException("hs", "not an HS code (2 to 10 digits): '" + hs + "'");
        }
        return digits;
    }

    private static int chapter(String hs) {
        String digits = digits(hs);
        if (digits.isEmpty()) {
            return 0;
        }
        int chapter = Integer.parseInt(digits.substring(0, 2));
        if (chapter < 1 || chapter > 97) {
            throw new BadRequestException("hs", "no HS chapter " + chapter);
        }
        return chapter;
    }

    /** The four-digit heading, or 0 when fewer than four digits are given. */
    private static int heading(String hs) {
        String digits = digits(hs);
        return digits.length() < 4 ? 0 : Integer.parseInt(digits.substring(0, 4));
    }
}
