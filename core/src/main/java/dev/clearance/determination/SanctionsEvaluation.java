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
        List<Reasons> doubtReasons = new ArrayList<>();
        for (SanctionsMeasure m : regime.sanctions()) {
            if (!m.period().contains(r.date())) {
                continue;
            }
            if (m.worldwide() && !mayReach(m, r, listing)) {
                continue;
            }
            Reasons why = new Reasons();
            Reach reach;
            if (m.worldwide()) {
                // A measure reaching every destination is weighed on the cheap facts first and says nothing when it
                // does not apply: a "does not apply" step would stand in every answer.
                reach = endUse(m, r, why);
                reach = reach == Reach.NO ? reach : reach.and(items(regime, m.items(), r, listing, why));
                if (reach == Reach.NO || !m.reaches(regime, r.to(), r.date())) {
                    continue;
                }
                reach = reach.and(RegionReach.of(m.regions(), r, why)).and(headquarters(regime, m, r, why));
                if (reach == Reach.NO) {
                    continue;
                }
            } else {
                if (!m.reaches(regime, r.to(), r.date())) {
                    continue;
                }
                reach = items(regime, m.items(), r, listing, why).and(endUse(m, r, why))
                        .and(RegionReach.of(m.regions(), r, why)).and(headquarters(regime, m, r, why));
            }
            if (reach == Reach.NO) {
                trace.add(m.code(), "does not apply: " + why.joined() + " [" + m.items().describe() + "]",
                        m.source(), "sanctionsNotApplying", why, "items", m.items().describe());
                continue;
            }
            if (m.status() == SanctionsMeasure.Status.UNCONFIRMED) {
                why.add("unconfirmed", "UNCONFIRMED: not decided on");
                reach = reach.and(Reach.DOUBT);
            }
            String note = m.note().isEmpty() ? "" : " (" + m.note() + ")";
            String because = why.isEmpty() ? "" : " [" + why.joined() + "]";
            if (reach == Reach.DOUBT) {
                doubts.add(m);
                doubtTexts.add("CHECK: may apply: " + m.describe() + because + note);
                doubtReasons.add(why);
                continue;
            }
            if (reach == Reach.MAYBE || m.status() == SanctionsMeasure.Status.CHECK) {
                out.weaken(Confidence.CHECK);
            }
            apply(m, reach, why, note, out, trace);
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
            trace.add(m.code(), doubtTexts.get(i) + (moot ? "; " + MOOT : ""), m.source(),
                    "sanctionsMayApply" + (m.note().isEmpty() ? "" : "Noted") + (moot ? "Moot" : ""), doubtReasons.get(i),
                    "measure", m.describe(), "note", m.note());
        }
    }

    private static void apply(SanctionsMeasure m, Reach reach, Reasons why, String note, Outcome out, Trace trace) {
        boolean maybe = reach == Reach.MAYBE;
        boolean secondary = m.status() == SanctionsMeasure.Status.CHECK;
        String sure = (maybe ? " (applied conservatively, CHECK)" : "") + (secondary ? " (CHECK: secondary sources)" : "");
        String because = (why.isEmpty() ? "" : " [" + why.joined() + "]") + note;
        // the wording's key names the reservations the step carries, in the English order: conservative reach,
        // secondary sources, the reasons, the measure's note
        String noted = (maybe ? "Maybe" : "") + (secondary ? "Secondary" : "") + (why.isEmpty() ? "" : "Why")
                + (note.isEmpty() ? "" : "Noted");
        switch (m.effect()) {
            case PROHIBITED -> {
                out.required = true;
                out.prohibited = true;
                if (m.authority() != null && out.authority == null) {
                    out.authority = m.authority();
                }
                trace.add(m.code(), "Prohibited: " + m.title() + "; no licence type is offered" + sure + because,
                        m.source(), "sanctionsProhibited" + noted, why, "title", m.title(), "note", m.note());
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
                        (m.policy() == null ? "sanctionsLicence" : "sanctionsLicencePolicy") + noted, why,
                        "policy", m.policy() == null ? "" : m.policy().word(), "title", m.title(), "note", m.note());
            }
            case AUTHORITY -> {
                out.require(m.code());
                out.authority = m.authority();
                out.authorisation = m.authorisation();
                trace.add(m.code(), "licence required from " + m.authority() + " (" + m.authorisation() + "): "
                        + m.title() + sure + because, m.source(), "sanctionsAuthority" + noted, why,
                        "authority", m.authority(), "authorisation", m.authorisation(), "title", m.title(),
                        "note", m.note());
            }
            case NOTIFY -> {
                out.require(m.code());
                out.notify = true;
                out.authority = m.authority();
                trace.add(m.code(), "notify " + m.authority() + ", which decides: " + m.title() + sure + because,
                        m.source(), "sanctionsNotify" + noted, why, "authority", m.authority(),
                        "title", m.title(), "note", m.note());
            }
        }
    }

    /**
     * A cheap first look for a measure reaching every destination, which every determination of the regime meets: false
     * when its end use or its control-list entries plainly miss the request, before any reason is worded.
     */
    private static boolean mayReach(SanctionsMeasure m, ExportRequest r, Listing listing) {
        if (!m.endUses().isEmpty() && r.endUse() != EndUse.UNKNOWN && !r.endUse().within(m.endUses())) {
            return false;
        }
        ItemScope s = m.items();
        if (s.kind() != ItemScope.Kind.LISTED) {
            return true;
        }
        if (listing == null) {
            return false;
        }
        if (s.entries().isEmpty() || !s.entriesComplete()) {
            return true;
        }
        for (String e : s.entries()) {
            if (Codes.covers(e, listing.code()) || Codes.covers(listing.code(), e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the end user is headquartered where the measure requires (it or its ultimate parent): a request that
     * does not say is a doubt, named so the user can give it.
     */
    private static Reach headquarters(Regime regime, SanctionsMeasure m, ExportRequest r, Reasons why) {
        if (m.headquarters().isEmpty()) {
            return Reach.YES;
        }
        String where = m.headquarters().describe();
        if (r.headquarters() == null) {
            why.add("headquartersNotGiven", "it reaches only end users headquartered (or whose ultimate parent is) in "
                    + where + ", and the request does not say where the end user is headquartered (give it): if there,"
                    + " it applies", "where", where);
            return Reach.DOUBT;
        }
        String given = String.join(", ", r.headquarters());
        for (String country : r.headquarters()) {
            if (m.headquarters().holds(regime, country, r.date())) {
                why.add("headquartersWithin", "the end user or its ultimate parent is headquartered in " + country
                        + ", within " + where, "country", country, "where", where);
                return Reach.YES;
            }
        }
        why.add("headquartersOutside", "the end user and its ultimate parent are headquartered in " + given + ", not "
                + where, "given", given, "where", where);
        return Reach.NO;
    }

    private static Reach endUse(SanctionsMeasure m, ExportRequest r, Reasons why) {
        if (m.endUses().isEmpty()) {
            return Reach.YES;
        }
        String use = r.endUse().word();
        if (r.endUse().within(m.endUses())) {
            why.add("endUse", "end use " + use, "endUse", use);
            return Reach.YES;
        }
        if (r.endUse() == EndUse.UNKNOWN) {
            why.add("endUseUnknown", "the end use is unknown; the measure reaches end use " + String.join("/", m.endUses()),
                    "endUses", String.join("/", m.endUses()));
            return Reach.DOUBT;
        }
        why.add("endUseOther", "end use " + use + ", not " + String.join("/", m.endUses()), "endUse", use,
                "endUses", String.join("/", m.endUses()));
        return Reach.NO;
    }

    private static Reach items(Regime regime, ItemScope s, ExportRequest r, Listing listing, Reasons why) {
        return switch (s.kind()) {
            case ALL -> Reach.YES;
            case LISTED -> listed(regime, s, listing, why);
            case HS -> hs(s, r, listing, why);
        };
    }

    private static Reach listed(Regime regime, ItemScope s, Listing listing, Reasons why) {
        if (listing == null) {
            why.add("noEntry", "the good is on no control-list entry");
            return Reach.NO;
        }
        String code = listing.code();
        if (!s.lists().isEmpty()) {
            String list = regime.entry(code).map(ControlEntry::regime).orElse("");
            if (list.isEmpty()) {
                why.add("listUnknown", code + ": its multilateral list is not known; the measure reaches "
                        + String.join("/", s.lists()), "entry", code, "lists", String.join("/", s.lists()));
                return Reach.MAYBE;
            }
            if (!s.lists().contains(list)) {
                why.add("otherList", code + " is a " + list + " entry, not " + String.join("/", s.lists()), "entry", code,
                        "list", list, "lists", String.join("/", s.lists()));
                return Reach.NO;
            }
        }
        Reach byReason = s.reasons().isEmpty() ? Reach.YES : reasons(s, listing, why);
        if (byReason == Reach.NO || s.entries().isEmpty()) {
            return byReason;
        }
        for (String e : s.entries()) {
            if (Codes.covers(e, code)) {
                why.add("within", code + " is within " + e, "entry", code, "named", e);
                return Reach.YES;
            }
        }
        for (String e : s.entries()) {
            if (Codes.covers(code, e)) {
                why.add("holds", code + " holds " + e + ", which it names", "entry", code, "named", e);
                return Reach.MAYBE;
            }
        }
        if (!s.entriesComplete()) {
            why.add("notAmongKnown", code + " is not among the known entries of " + s.list()
                    + ", which is not held in full", "entry", code, "list", s.list());
            return Reach.DOUBT;
        }
        why.add("notAmong", code + " is not among " + String.join(", ", s.entries()), "entry", code,
                "entries", String.join(", ", s.entries()));
        return Reach.NO;
    }

    /**
     * Whether the entry is controlled for one of the scope's reasons: a reason limited to paragraphs the code only
     * may fall in (3A001 for 3A001.b.2) reaches it conservatively.
     */
    private static Reach reasons(ItemScope s, Listing listing, Reasons why) {
        String wanted = String.join("/", s.reasons());
        Reach best = Reach.NO;
        String hit = null;
        for (dev.clearance.regime.ControlReason c : listing.reasons()) {
            if (!s.reasons().contains(c.reason())) {
                continue;
            }
            dev.clearance.regime.ControlReason.Reach in = c.reach(listing.code());
            if (in == dev.clearance.regime.ControlReason.Reach.IN) {
                why.add("reasonFor", listing.code() + " is controlled for " + c.reason(), "entry", listing.code(),
                        "reason", c.reason());
                return Reach.YES;
            }
            if (in == dev.clearance.regime.ControlReason.Reach.MAYBE) {
                best = Reach.MAYBE;
                hit = c.reason();
            }
        }
        if (best == Reach.MAYBE) {
            why.add("reasonMaybe", listing.code() + " may be in the paragraphs controlled for " + hit, "entry",
                    listing.code(), "reason", hit);
            return best;
        }
        why.add("reasonNot", listing.code() + " is not controlled for " + wanted, "entry", listing.code(),
                "reasons", wanted);
        return Reach.NO;
    }

    private static Reach hs(ItemScope s, ExportRequest r, Listing listing, Reasons why) {
        String digits = CatchAllEvaluation.digits(r.hs());
        String list = s.list().isEmpty() ? "the measure's list" : s.list();
        if (digits.isEmpty()) {
            if (listing != null && s.held()) {
                why.add("noHsListed", "no HS code given for the listed good");
                return Reach.NO;
            }
            if (listing != null) {
                // A listed good has a CN/HS code too, and a list whose contents are not held may hold it.
                why.add("noHsListedNotHeld", "no HS code given: the listed good may be on " + list + " (contents not"
                        + " held); give --hs to narrow", "list", list);
                return Reach.DOUBT;
            }
            why.add(s.held() ? "noHs" : "noHsNotHeld", "no HS code given: the good may be on " + list
                    + (s.held() ? "" : " (contents not held)") + "; give --hs to narrow", "list", list);
            return Reach.MAYBE;
        }
        for (String code : s.hs()) {
            if (digits.startsWith(code)) {
                if (s.held()) {
                    why.add("hsOn", "HS " + digits + " is on " + list + " (" + code + ")", "hs", digits, "list", list,
                            "code", code);
                    return Reach.YES;
                }
                why.add("hsWithin", "HS " + digits + " is within " + code + ", where " + list + " reaches; its contents"
                        + " are not held", "hs", digits, "list", list, "code", code);
                return Reach.MAYBE;
            }
            if (code.startsWith(digits)) {
                why.add("hsHolds", "HS " + digits + " holds " + code + ", on " + list + "; give a longer code to narrow",
                        "hs", digits, "list", list, "code", code);
                return Reach.MAYBE;
            }
        }
        if (s.held() || s.bounded()) {
            why.add(s.held() ? "hsNotOn" : "hsNotOnBounded", "HS " + digits + " is not on " + list
                    + (s.held() ? "" : " (it lies within " + String.join(", ", s.hs()) + ")"), "hs", digits, "list", list,
                    "codes", String.join(", ", s.hs()));
            return Reach.NO;
        }
        why.add("hsNotAmongKnown", "HS " + digits + " is not among the known codes of " + list + ", whose contents"
                + " are not held: it may be on it", "hs", digits, "list", list);
        return Reach.DOUBT;
    }
}
