package dev.clearance.determination;

import dev.clearance.regime.Codes;
import dev.clearance.regime.ControlEntry;
import dev.clearance.regime.Listing;
import dev.clearance.regime.Regime;
import dev.clearance.regime.SanctionsMeasure;
import dev.clearance.regime.SanctionsMeasure.ItemScope;
import java.util.ArrayList;
import java.util.List;

/**
 * The sanctions layer: may the export happen at all, and who decides. Each measure of the regime's
 * sanctions data in force on the day and reaching the destination is weighed against the good (its entry,
 * or its HS code against a list held or not held) and the end use. A measure that reaches the export
 * prohibits it, requires a licence under its policy, hands the decision to another authority, or asks for
 * a notification; one that may reach it (a list whose contents are not held, an end use not known, a
 * measure limited to regions when the request names none, or names only the subdivision holding the region, an
 * UNCONFIRMED measure) makes the answer {@code check} and says why.
 */
final class SanctionsEvaluation {
    /** Said of a doubt that could not change the answer (it is already prohibited, or refused in principle). */
    static final String MOOT = "it would not change this answer";

    private SanctionsEvaluation() {
    }

    /** How far a measure reaches the export. */
    enum Reach {
        /** Reaches it. */
        YES,
        /** May reach it: applied, conservatively, CHECK. */
        MAYBE,
        /** May reach it, but is not applied (a region, an unknown end use, an UNCONFIRMED fact): CHECK. */
        DOUBT,
        /** Does not reach it. */
        NO;

        Reach and(Reach other) {
            return other.ordinal() > ordinal() ? other : this;
        }
    }

    static void evaluate(Regime regime, ExportRequest r, Listing listing, Outcome out, Trace trace) {
        List<SanctionsMeasure> doubts = new ArrayList<>();
        List<String> doubtTexts = new ArrayList<>();
        for (SanctionsMeasure m : regime.sanctions()) {
            if (!m.period().contains(r.date()) || !m.reaches(regime, r.to(), r.date())) {
                continue;
            }
            List<String> why = new ArrayList<>();
            Reach reach = items(regime, m.items(), r, listing, why).and(endUse(m, r, why))
                    .and(RegionReach.of(m.regions(), r, why));
            if (reach == Reach.NO) {
                trace.add(m.code(), "does not apply: " + String.join("; ", why) + " [" + m.items().describe() + "]",
                        m.source());
                continue;
            }
            if (m.status() == SanctionsMeasure.Status.UNCONFIRMED) {
                why.add("UNCONFIRMED: not decided on");
                reach = reach.and(Reach.DOUBT);
            }
            String note = m.note().isEmpty() ? "" : " (" + m.note() + ")";
            String because = why.isEmpty() ? "" : " [" + String.join("; ", why) + "]";
            if (reach == Reach.DOUBT) {
                doubts.add(m);
                doubtTexts.add("CHECK: may apply: " + m.describe() + because + note);
                continue;
            }
            if (reach == Reach.MAYBE || m.status() == SanctionsMeasure.Status.CHECK) {
                out.weaken(Confidence.CHECK);
            }
            apply(m, reach, because, note, out, trace);
        }
        // A doubt matters only where it could change the answer: a measure that may prohibit cannot change one
        // already prohibited, nor one that may require a licence under a policy an answer already has.
        for (int i = 0; i < doubts.size(); i++) {
            SanctionsMeasure m = doubts.get(i);
            boolean moot = out.prohibited || m.effect() == SanctionsMeasure.Effect.LICENCE && out.required
                    && (m.policy() == null || out.policy == dev.clearance.regime.LicencePolicy.stricter(out.policy, m.policy()));
            if (!moot) {
                out.weaken(Confidence.CHECK);
            }
            trace.add(m.code(), doubtTexts.get(i) + (moot ? "; " + MOOT : ""), m.source());
        }
    }

    private static void apply(SanctionsMeasure m, Reach reach, String why, String note, Outcome out, Trace trace) {
        String sure = (reach == Reach.MAYBE ? " (applied conservatively, CHECK)" : "")
                + (m.status() == SanctionsMeasure.Status.CHECK ? " (CHECK: secondary sources)" : "");
        String because = why + note;
        // worded by key when the step is the measure's own facts (title, policy, authority, its note): the engine's
        // reservations (conservative reach, secondary sources, reasons) keep the English effect
        boolean plain = sure.isEmpty() && why.isEmpty();
        String noted = note.isEmpty() ? "" : "Noted";
        switch (m.effect()) {
            case PROHIBITED -> {
                out.required = true;
                out.prohibited = true;
                if (m.authority() != null && out.authority == null) {
                    out.authority = m.authority();
                }
                trace.add(m.code(), "Prohibited: " + m.title() + "; no licence type is offered" + sure + because,
                        m.source(), plain ? "sanctionsProhibited" + noted : null, "title", m.title(), "note", m.note());
                for (SanctionsMeasure.Derogation d : m.derogations()) {
                    trace.add("derogation " + m.code(), "CHECK: " + d.text() + ", granted by " + d.authority(),
                            d.source(), "derogation", "text", d.text(), "authority", d.authority());
                }
            }
            case LICENCE -> {
                out.require(m.code());
                out.policy(m.policy());
                trace.add(m.code(), "licence required" + (m.policy() == null ? "" : ", policy of "
                        + m.policy().word()) + ": " + m.title() + sure + because, m.source(),
                        plain ? (m.policy() == null ? "sanctionsLicence" : "sanctionsLicencePolicy") + noted : null,
                        "policy", m.policy() == null ? "" : m.policy().word(), "title", m.title(), "note", m.note());
            }
            case AUTHORITY -> {
                out.require(m.code());
                out.authority = m.authority();
                out.authorisation = m.authorisation();
                trace.add(m.code(), "licence required from " + m.authority() + " (" + m.authorisation() + "): "
                        + m.title() + sure + because, m.source(), plain ? "sanctionsAuthority" + noted : null,
                        "authority", m.authority(), "authorisation", m.authorisation(), "title", m.title(),
                        "note", m.note());
            }
            case NOTIFY -> {
                out.require(m.code());
                out.notify = true;
                out.authority = m.authority();
                trace.add(m.code(), "notify " + m.authority() + ", which decides: " + m.title() + sure + because,
                        m.source(), plain ? "sanctionsNotify" + noted : null, "authority", m.authority(),
                        "title", m.title(), "note", m.note());
            }
        }
    }

    private static Reach endUse(SanctionsMeasure m, ExportRequest r, List<String> why) {
        if (m.endUses().isEmpty()) {
            return Reach.YES;
        }
        String use = r.endUse().word();
        if (r.endUse().within(m.endUses())) {
            why.add("end use " + use);
            return Reach.YES;
        }
        if (r.endUse() == EndUse.UNKNOWN) {
            why.add("the end use is unknown; the measure reaches end use " + String.join("/", m.endUses()));
            return Reach.DOUBT;
        }
        why.add("end use " + use + ", not " + String.join("/", m.endUses()));
        return Reach.NO;
    }

    private static Reach items(Regime regime, ItemScope s, ExportRequest r, Listing listing, List<String> why) {
        return switch (s.kind()) {
            case ALL -> Reach.YES;
            case LISTED -> listed(regime, s, listing, why);
            case HS -> hs(s, r, listing, why);
        };
    }

    private static Reach listed(Regime regime, ItemScope s, Listing listing, List<String> why) {
        if (listing == null) {
            why.add("the good is on no control-list entry");
            return Reach.NO;
        }
        String code = listing.code();
        if (!s.lists().isEmpty()) {
            String list = regime.entry(code).map(ControlEntry::regime).orElse("");
            if (list.isEmpty()) {
                why.add(code + ": its multilateral list is not known; the measure reaches " + String.join("/", s.lists()));
                return Reach.MAYBE;
            }
            if (!s.lists().contains(list)) {
                why.add(code + " is a " + list + " entry, not " + String.join("/", s.lists()));
                return Reach.NO;
            }
        }
        if (s.entries().isEmpty()) {
            return Reach.YES;
        }
        for (String e : s.entries()) {
            if (Codes.covers(e, code)) {
                why.add(code + " is within " + e);
                return Reach.YES;
            }
        }
        for (String e : s.entries()) {
            if (Codes.covers(code, e)) {
                why.add(code + " holds " + e + ", which it names");
                return Reach.MAYBE;
            }
        }
        if (!s.entriesComplete()) {
            why.add(code + " is not among the known entries of " + s.list() + ", which is not held in full");
            return Reach.DOUBT;
        }
        why.add(code + " is not among " + String.join(", ", s.entries()));
        return Reach.NO;
    }

    private static Reach hs(ItemScope s, ExportRequest r, Listing listing, List<String> why) {
        String digits = CatchAllEvaluation.digits(r.hs());
        String list = s.list().isEmpty() ? "the measure's list" : s.list();
        if (digits.isEmpty()) {
            if (listing != null && s.held()) {
                why.add("no HS code given for the listed good");
                return Reach.NO;
            }
            if (listing != null) {
                // A listed good has a CN/HS code too, and a list whose contents are not held may hold it.
                why.add("no HS code given: the listed good may be on " + list + " (contents not held); give --hs to"
                        + " narrow");
                return Reach.DOUBT;
            }
            why.add("no HS code given: the good may be on " + list + (s.held() ? "" : " (contents not held)")
                    + "; give --hs to narrow");
            return Reach.MAYBE;
        }
        for (String code : s.hs()) {
            if (digits.startsWith(code)) {
                if (s.held()) {
                    why.add("HS " + digits + " is on " + list + " (" + code + ")");
                    return Reach.YES;
                }
                why.add("HS " + digits + " is within " + code + ", where " + list + " reaches; its contents are not"
                        + " held");
                return Reach.MAYBE;
            }
            if (code.startsWith(digits)) {
                why.add("HS " + digits + " holds " + code + ", on " + list + "; give a longer code to narrow");
                return Reach.MAYBE;
            }
        }
        if (s.held() || s.bounded()) {
            why.add("HS " + digits + " is not on " + list + (s.held() ? "" : " (it lies within "
                    + String.join(", ", s.hs()) + ")"));
            return Reach.NO;
        }
        why.add("HS " + digits + " is not among the known codes of " + list + ", whose contents are not held: it may"
                + " be on it");
        return Reach.DOUBT;
    }
}
