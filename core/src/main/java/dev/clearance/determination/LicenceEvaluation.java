package dev.clearance.determination;

import dev.clearance.regime.Codes;
import dev.clearance.regime.EntryFlag;
import dev.clearance.regime.ExceptionRestriction;
import dev.clearance.regime.ItemRestriction;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.Listing;
import dev.clearance.regime.Measure;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Standing;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which licence types, licence exceptions and general authorisations can authorise an export that
 * needs a licence, each by its conditions in the regime data: destination groups and excluded groups,
 * the entry's flag for it, the reasons for control it can overcome, the entry's value limit, and the
 * regime's restrictions (the EAR's §740.2); a measure in force narrows them.
 */
final class LicenceEvaluation {
    private static final String USD = "USD";

    private LicenceEvaluation() {
    }

    static void evaluate(Regime regime, ExportRequest r, Listing listing, Standing standing, Outcome out, Trace trace) {
        String code = listing == null ? null : listing.code();
        // A measure narrows the licence types, so it is stated before them: each type is then named once.
        Measure measure = null;
        if (code != null) {
            for (Measure m : regime.measures()) {
                if (measure == null && m.period().contains(r.date()) && m.destinations().contains(r.to())
                        && applies(m, code, r, out, trace)) {
                    measure = m;
                }
            }
        }
        List<ExceptionRestriction> restrictions = restrictions(regime, r, out, trace);
        List<ItemRestriction> items = new ArrayList<>();
        for (ItemRestriction x : regime.rules().itemRestrictions()) {
            if (code != null && x.period().contains(r.date()) && x.reach(code) != ItemRestriction.Reach.OUT) {
                items.add(x);
            }
        }
        for (LicenceType t : regime.licenceTypes()) {
            boolean scoped = listing != null ? t.scope().allowsListed() : t.scope().allowsCatchAll();
            if (!scoped || !t.period().contains(r.date())) {
                continue;
            }
            EntryFlag flag = t.entryFlag() == null || listing == null ? null : listing.flags().get(t.entryFlag());
            Wording refusal = refusal(t, r, standing, listing, flag, restrictions, items, out);
            if (refusal == null && measure != null && !measure.allowedLicences().contains(t.code())) {
                String allowed = String.join(", ", measure.allowedLicences());
                refusal = new Wording("not offered: " + measure.code() + " allows only " + allowed, "notOfferedAllowsOnly",
                        "measure", measure.code(), "allowed", allowed);
            }
            if (refusal != null) {
                trace.add(t.code(), refusal, t.source());
                continue;
            }
            boolean partial = flag != null && flag.status() == EntryFlag.Status.PARTIAL;
            out.offer(t.code(), t.check() || partial ? Confidence.CHECK : Confidence.CONFIRMED);
            if (partial) {
                out.weaken(Confidence.CHECK);
            }
            String effect = offered(t, partial) + (flag == null ? "" : " [" + t.entryFlag() + ": " + flag.text() + "]")
                    + (t.valueLimit() ? "; value " + r.value().toPlainString() + " USD within the limit "
                    + flag.limit().toPlainString() + " USD" : "");
            if (flag == null && !t.valueLimit()) {
                // the plain offer, worded in the reader's language; the type's conditions are the data's own text
                trace.add(t.code(), effect, t.source(), (t.check() || partial ? "offeredCheck" : "offered")
                        + (t.conditions().isEmpty() ? "" : "On"), "conditions", t.conditions());
            } else {
                // an offer with its entry's flag or value limit: the flag's text and the amounts are facts as recorded
                trace.add(t.code(), effect, t.source(), (t.check() || partial ? "offeredCheck" : "offered")
                        + (t.conditions().isEmpty() ? "" : "On") + (flag == null ? "" : "Flag")
                        + (t.valueLimit() ? "Value" : ""), "conditions", t.conditions(), "flag", t.entryFlag(),
                        "flagText", flag == null ? "" : flag.text(), "value", r.value() == null ? "" : r.value().toPlainString(),
                        "limit", flag == null || flag.limit() == null ? "" : flag.limit().toPlainString());
            }
        }
        if (measure == null || measure.reviewDays() == null && measure.documents() == null) {
            ProcessingEvaluation.evaluate(regime, r, standing, out, trace);
        }
        if (measure != null) {
            if (measure.reviewDays() != null) {
                out.reviewDays = measure.reviewDays();
            }
            if (measure.documents() != null) {
                out.documents = measure.documents();
            }
            out.filingOffice = measure.filingOffice();
        }
    }

    /** The regime's restrictions in play for this export, each stated once. */
    private static List<ExceptionRestriction> restrictions(Regime regime, ExportRequest r, Outcome out, Trace trace) {
        List<ExceptionRestriction> in = new ArrayList<>();
        for (ExceptionRestriction x : regime.rules().restrictions()) {
            boolean holds = switch (x.when()) {
                case EMBARGO, LISTED_PARTY -> out.restrictedBy.contains(x.when());
                case END_USE -> r.endUse() != null && r.endUse().within(java.util.List.of(x.endUse()));
            };
            if (holds) {
                in.add(x);
                trace.add(x.code(), "licence exceptions barred: " + x.text(), x.source(), "exceptionsBarred",
                        "text", x.text());
            }
        }
        return in;
    }

    /** Why a licence type is not offered, or null when it is. */
    private static Wording refusal(LicenceType t, ExportRequest r, Standing standing, Listing listing, EntryFlag flag,
                                   List<ExceptionRestriction> restrictions, List<ItemRestriction> items, Outcome out) {
        if (!t.entries().isEmpty() && (listing == null || !t.covers(listing.code()))) {
            String entries = String.join(", ", t.entries());
            return new Wording("not offered: it covers only " + entries, "notOfferedCoversOnly", "entries", entries);
        }
        Wording excluded = listing == null ? null : excludedItem(t, listing.code(), items, out);
        if (excluded != null) {
            return excluded;
        }
        if (t.restricted() && !restrictions.isEmpty()) {
            String barring = String.join(", ", restrictions.stream().map(ExceptionRestriction::code).distinct().toList());
            return new Wording("not offered: barred by " + barring, "notOfferedBarred", "restrictions", barring);
        }
        if (t.entryFlag() != null) {
            if (flag == null || flag.status() == EntryFlag.Status.NA) {
                if (listing == null) {
                    return new Wording("not offered: the good is on no entry", "notOfferedNoEntry");
                }
                return flag == null ? new Wording("not offered: " + listing.entry() + " does not allow it ("
                        + t.entryFlag() + ": not given)", "notOfferedFlagNotGiven", "entry", listing.entry(),
                        "flag", t.entryFlag())
                        : new Wording("not offered: " + listing.entry() + " does not allow it (" + t.entryFlag() + ": "
                        + flag.text() + ")", "notOfferedFlag", "entry", listing.entry(), "flag", t.entryFlag(),
                        "flagText", flag.text());
            }
        }
        if (!t.overcomes().isEmpty()) {
            Set<String> beyond = new LinkedHashSet<>(out.reasons);
            beyond.removeAll(t.overcomes());
            if (!beyond.isEmpty()) {
                String overcomes = String.join(", ", t.overcomes());
                String others = String.join(", ", beyond);
                return new Wording("not offered: it overcomes " + overcomes + " requirements only, not " + others
                        + " (conservatively)", "notOfferedOvercomesOnly", "overcomes", overcomes, "others", others);
            }
        }
        Wording groups = refusal(t, r, standing);
        if (groups != null) {
            return groups;
        }
        if (t.valueLimit()) {
            BigDecimal limit = flag == null ? null : flag.limit();
            if (limit == null) {
                return new Wording("not offered: the entry gives no value limit", "notOfferedNoLimit");
            }
            if (r.value() == null) {
                return new Wording("not offered: the shipment value is not given (--value AMOUNT USD); limit "
                        + limit.toPlainString() + " USD", "notOfferedNoValue", "limit", limit.toPlainString());
            }
            if (!USD.equals(r.currency())) {
                return new Wording("not offered: the value is in " + r.currency() + "; the limit is "
                        + limit.toPlainString() + " USD (not converted)", "notOfferedCurrency", "currency", r.currency(),
                        "limit", limit.toPlainString());
            }
            if (r.value().compareTo(limit) > 0) {
                return new Wording("not offered: the value " + r.value().toPlainString() + " USD exceeds the limit "
                        + limit.toPlainString() + " USD", "notOfferedOverLimit", "value", r.value().toPlainString(),
                        "limit", limit.toPlainString());
            }
        }
        return null;
    }

    /**
     * Why the item keeps the licence type out (an item restriction in force excludes it: the EU's Annex IV and
     * Annex II Section I items from the Union general export authorisations), or null. A code that may be in the
     * restricted set is kept out too, conservatively, CHECK.
     */
    private static Wording excludedItem(LicenceType t, String code, List<ItemRestriction> items, Outcome out) {
        for (ItemRestriction x : items) {
            if (x.excludedLicences().contains(t.code())) {
                boolean maybe = x.reach(code) == ItemRestriction.Reach.MAYBE;
                if (maybe || x.check()) {
                    out.weaken(Confidence.CHECK);
                }
                return new Wording("not offered: " + code + (maybe ? " may be" : " is") + " in " + x.title() + " ("
                        + x.code() + "), which it never covers" + (maybe ? " (only part of the entry is in it: excluded,"
                        + " conservatively, CHECK)" : x.check() ? " (CHECK)" : ""),
                        "notOfferedExcluded" + (maybe ? "Maybe" : x.check() ? "Check" : ""), "entry", code,
                        "title", x.title(), "restriction", x.code());
            }
        }
        return null;
    }

    /** Why a licence type is not offered to this destination, or null when it is. */
    static Wording refusal(LicenceType t, ExportRequest r, Standing standing) {
        for (String g : t.excludedGroups()) {
            if (standing.in(g)) {
                return new Wording("not offered: " + r.to() + " is in " + g + ", to which it is never offered",
                        "notOfferedExcludedGroup", "country", r.to(), "group", g);
            }
        }
        if (!t.groups().isEmpty() && !standing.inAny(t.groups())) {
            String groups = String.join(" or ", t.groups());
            return new Wording("not offered: " + r.to() + " is not in " + groups, "notOfferedNotInGroups",
                    "country", r.to(), "groups", groups);
        }
        return null;
    }

    /** The trace effect of an offered licence type: plainly available, or with its CHECK conditions. */
    static String offered(LicenceType t, boolean partial) {
        return (t.check() || partial ? "offered, CHECK" : "offered") + (t.conditions().isEmpty() ? "" : ": " + t.conditions());
    }

    /** Whether the measure covers the item; if it does, its trace step. */
    private static boolean applies(Measure m, String code, ExportRequest r, Outcome out, Trace trace) {
        for (Measure.Item item : m.items()) {
            if (!Codes.covers(item.entry(), code) && !Codes.covers(code, item.entry())) {
                continue;
            }
            String how = "";
            boolean casOnly = false;
            if (item.cas() != null) {
                if (r.cas() != null && !r.cas().trim().equals(item.cas())) {
                    trace.add(m.code(), "not applied: it names CAS " + item.cas() + " under " + item.entry()
                            + ", not " + r.cas(), m.source(), "otherCas", "cas", item.cas(), "entry", item.entry(),
                            "given", r.cas());
                    return false;
                }
                if (r.cas() == null) {
                    how = " (applied conservatively: the measure names CAS " + item.cas()
                            + " only; give --cas to narrow)";
                    casOnly = true;
                }
            }
            if (!item.conservative().isEmpty()) {
                how = how + " (CHECK, applied conservatively: " + item.conservative() + ")";
                out.weaken(Confidence.CHECK);
            }
            trace.add(m.code(), m.title() + ": only " + String.join(", ", m.allowedLicences())
                    + (m.filingOffice() == null ? "" : "; file with " + m.filingOffice())
                    + (m.reviewDays() == null ? "" : "; review about " + m.reviewDays() + " days")
                    + " " + m.period() + how, m.source(), "measureOnly"
                    + (m.filingOffice() == null ? "" : "Office") + (m.reviewDays() == null ? "" : "Review")
                    + (casOnly ? "Cas" : "") + (item.conservative().isEmpty() ? "" : "Conservative"),
                    "title", m.title(), "allowed", String.join(", ", m.allowedLicences()), "office",
                    String.valueOf(m.filingOffice()), "days", String.valueOf(m.reviewDays()), "period", m.period(),
                    "cas", String.valueOf(item.cas()), "conservative", item.conservative());
            return true;
        }
        return false;
    }
}
