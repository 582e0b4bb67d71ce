package dev.clearance.determination;

import dev.clearance.regime.CatchAllRule;
import dev.clearance.regime.CountryGroup;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;
import java.util.ArrayList;
import java.util.List;

/** The catch-all controls for a good on no control list: which rules reach the export, and why or why not. */
final class CatchAllEvaluation {
    private CatchAllEvaluation() {
    }

    static Outcome unlisted(Regime regime, ExportRequest r, Standing standing, Trace trace) {
        trace.add("no control-list entry", r.cas() != null ? "CAS " + r.cas() + " is not listed; catch-all considered"
                : "the good is on no control list; catch-all considered", regime.listControl().source());
        int chapter = chapter(r.hs());
        Outcome out = new Outcome(false);
        for (CatchAllRule rule : regime.catchAll()) {
            if (!rule.confirmed()) {
                trace.add(rule.code(), "not applied: UNCONFIRMED. " + rule.note(), rule.source());
                continue;
            }
            if (!rule.period().contains(r.date())) {
                continue;
            }
            if (chapter > 0 && !rule.coversChapter(chapter)) {
                trace.add(rule.code(), "does not apply: HS chapter " + chapter + " is outside " + rule.hsChapters(),
                        rule.source());
                continue;
            }
            if (standing.inAny(rule.exemptGroups())) {
                trace.add(rule.code(), "does not apply: " + r.to() + " is in exempt group "
                        + String.join(" or ", rule.exemptGroups()), rule.source());
                continue;
            }
            for (String g : rule.objectiveGroups()) {
                CountryGroup group = regime.group(g).orElseThrow();
                if (!group.complete() && !standing.in(g) && rule.objectiveEndUses().contains(r.endUse().word())) {
                    trace.add("CAVEAT", g + " is only partly encoded and " + r.to() + " is not among its known members. "
                            + group.note(), group.source());
                }
            }
            String why = trigger(rule, r, standing);
            if (why != null) {
                out.required = true;
                out.catchAll = true;
                trace.add(rule.code(), "licence required: " + why + (chapter == 0 && !rule.hsChapters().isEmpty()
                        ? " (no HS code given: assumed within chapters " + rule.hsChapters() + ")" : ""), rule.source());
            } else {
                trace.add(rule.code(), "not triggered: " + notTriggered(rule, r, standing), rule.source());
            }
        }
        if (r.endUse() == EndUse.UNKNOWN) {
            trace.add("end use unknown", "CHECK: catch-all turns on the end use; establish it before shipping",
                    regime.source());
        }
        if (out.required) {
            for (LicenceType t : regime.licenceTypes()) {
                if (t.scope().allowsCatchAll() && t.period().contains(r.date())
                        && (t.groups().isEmpty() || standing.inAny(t.groups()))) {
                    out.options.add(t.code());
                }
            }
            DeterminationEngine.processing(regime, r, standing, out, trace);
        }
        return out;
    }

    private static String trigger(CatchAllRule rule, ExportRequest r, Standing standing) {
        boolean groupOk = rule.objectiveGroups().isEmpty() || standing.inAny(rule.objectiveGroups());
        if (groupOk && rule.objectiveEndUses().contains(r.endUse().word())) {
            return "objective requirement: end use " + r.endUse().word()
                    + (rule.objectiveGroups().isEmpty() ? "" : " to a " + String.join("/", rule.objectiveGroups())
                    + " destination");
        }
        if (rule.endUserListTriggers() && r.endUser() != null && r.endUser().listed()) {
            return "objective requirement: end user " + r.endUser().name() + " is listed as "
                    + r.endUser().entryId() + " on " + r.endUser().list() + " (" + r.endUser().explanation() + ")";
        }
        if (rule.inform() && r.informed()) {
            return "inform requirement: the authority informed the exporter";
        }
        return null;
    }

    private static String notTriggered(CatchAllRule rule, ExportRequest r, Standing standing) {
        List<String> why = new ArrayList<>();
        if (rule.objectiveEndUses().contains(r.endUse().word())) {
            why.add("end use " + r.endUse().word() + " meets the objective requirement only for "
                    + String.join("/", rule.objectiveGroups()) + " destinations");
        } else {
            why.add("end use " + r.endUse().word());
        }
        if (rule.endUserListTriggers()) {
            why.add(r.endUser() == null ? "no end user screened" : "end user " + r.endUser().name() + " not listed");
        }
        if (rule.inform()) {
            why.add("not informed");
        } else if (r.informed()) {
            why.add("an inform requirement is not encoded for this rule");
        }
        if (!rule.note().isEmpty()) {
            why.add(rule.note());
        }
        return String.join("; ", why);
    }

    private static int chapter(String hs) {
        if (hs == null || hs.isBlank()) {
            return 0;
        }
        String digits = hs.replaceAll("[.\\s]", "");
        if (!digits.matches("[0-9]{2,10}")) {
            throw new BadRequestException("hs", "not an HS code (2 to 10 digits): '" + hs + "'");
        }
        int chapter = Integer.parseInt(digits.substring(0, 2));
        if (chapter < 1 || chapter > 97) {
            throw new BadRequestException("hs", "no HS chapter " + chapter);
        }
        return chapter;
    }
}
