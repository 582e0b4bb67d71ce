package dev.clearance.determination;

import dev.clearance.regime.Codes;
import dev.clearance.regime.ControlEntry;
import dev.clearance.regime.ControlList;
import dev.clearance.regime.Prohibition;
import dev.clearance.regime.Countries;
import dev.clearance.regime.LicenceType;
import dev.clearance.regime.ListControl;
import dev.clearance.regime.Measure;
import dev.clearance.regime.ProcessingRule;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeNote;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.Standing;
import java.time.LocalDate;

/**
 * Decides whether an export needs a licence, under the exporting jurisdiction's regime as of the
 * export date. Pure and deterministic: the same request and regime data give the same answer, and
 * the engine keeps no state, so one instance serves any number of threads.
 */
public final class DeterminationEngine {
    private static final String INDIVIDUAL = "INDIVIDUAL";
    // Answers only change on a regime's change days, so a request is memoised under the first day of
    // its stretch; order books repeat the same item x destination x stretch many times over.
    private static final int MEMO_LIMIT = 200_000;
    private final Regimes regimes;
    private final boolean memoise;
    private final java.util.concurrent.ConcurrentHashMap<MemoKey, Determination> memo =
            new java.util.concurrent.ConcurrentHashMap<>();

    public DeterminationEngine(Regimes regimes) {
        this(regimes, true);
    }

    /** An engine that memoises answers per stretch between change days ({@code memoise}) or not. */
    public DeterminationEngine(Regimes regimes, boolean memoise) {
        this.regimes = regimes;
        this.memoise = memoise;
    }

    /** An engine over the bundled regimes. */
    public static DeterminationEngine bundled() {
        return new DeterminationEngine(Regimes.bundled());
    }

    public Regimes regimes() {
        return regimes;
    }

    /**
     * Determines one export.
     *
     * @throws BadRequestException naming the field when the request cannot be answered
     */
    public Determination determine(ExportRequest r) {
        Regime regime = regimes.forExporter(r.from(), r.date()).orElseThrow(() -> new BadRequestException("from",
                "no regime for '" + r.from() + "' (known: "
                        + String.join(", ", regimes.all().stream().map(Regime::jurisdiction).toList()) + ")"));
        return determine(regime, r);
    }

    /** Determines one export under the given regime (used for what-if scenarios). */
    public Determination determine(Regime regime, ExportRequest r) {
        if (!Countries.isValid(r.to())) {
            throw new BadRequestException("to", "unknown ISO 3166-1 alpha-2 country code '" + r.to() + "'");
        }
        if (r.to().equals(regime.jurisdiction()) || r.to().equals(r.from())) {
            throw new BadRequestException("to", "the destination is the exporting country " + r.to());
        }
        if (!Countries.isValid(r.from()) && !r.from().equals(regime.jurisdiction())) {
            throw new BadRequestException("from", "unknown exporting country '" + r.from() + "'");
        }
        if (!regime.coverage().contains(r.date())) {
            throw new BadRequestException("date", regime.jurisdiction() + " regime data covers "
                    + regime.coverage() + ", not " + r.date());
        }
        if (!memoise) {
            return compute(regime, r);
        }
        LocalDate start = regime.stretchStart(r.date());
        MemoKey key = new MemoKey(regime, r.withDate(start));
        Determination base = memo.get(key);
        if (base == null) {
            if (memo.size() >= MEMO_LIMIT) {
                memo.clear();
            }
            base = compute(regime, key.request());
            memo.put(key, base);
        }
        return start.equals(r.date()) ? base : base.asOf(r.date(), regimeStep(regime, r.date()));
    }

    private static TraceStep regimeStep(Regime regime, LocalDate day) {
        return new TraceStep(regime.jurisdiction() + " regime", "applied as of " + day + " (data "
                + regime.version() + ")", regime.source());
    }

    private Determination compute(Regime regime, ExportRequest r) {
        Trace trace = new Trace();
        trace.add(regimeStep(regime, r.date()));
        boolean pastReview = regime.reviewed() != null && r.date().isAfter(regime.reviewed());
        if (pastReview) {
            trace.add("CAVEAT", "CHECK: the " + regime.jurisdiction() + " facts were reviewed up to " + regime.reviewed()
                    + "; later changes are not known", regime.source());
        }
        Standing standing = regime.standing(r.to(), r.date());
        trace.add("destination " + r.to(), Countries.name(r.to()) + " is in "
                + (standing.groups().isEmpty() ? "no group" : String.join(", ", standing.groups())),
                standing.reasons().isEmpty() ? regime.source() : String.join("; ", standing.reasons()));
        for (String caveat : standing.caveats()) {
            trace.add("CAVEAT", caveat, regime.source());
        }
        for (String doubt : standing.doubts()) {
            trace.add("UNCERTAIN", doubt, regime.source());
        }
        if (regime.ear() != null) {
            Outcome out = EarEvaluation.evaluate(regime, r, trace);
            notes(regime, r, r.item() == null ? null : Codes.canonical(r.item()), r.item() != null, trace);
            if (pastReview) {
                out.weaken(Confidence.CHECK);
            }
            return new Determination(out.required, out.prohibited, out.options, out.catchAll, out.reviewDays,
                    out.documents, out.filingOffice, out.confidence, trace.steps(), regime.jurisdiction(), r.date(),
                    regime.version());
        }
        ControlEntry entry = resolve(regime, r, trace);
        Prohibition ban = regime.prohibition(r.to(), r.date()).orElse(null);
        Outcome out;
        if (ban != null) {
            out = new Outcome(true);
            out.prohibited = true;
            trace.add(ban.code(), "Prohibited: " + ban.text() + (ban.note().isEmpty() ? "" : " (" + ban.note() + ")")
                    + "; no licence type is offered", ban.source());
        } else {
            out = entry != null ? listed(regime, r, entry, standing, trace)
                    : CatchAllEvaluation.unlisted(regime, r, standing, trace);
        }
        notes(regime, r, entry == null ? null : Codes.canonical(r.item() != null ? r.item() : entry.code()), entry != null,
                trace);
        if (pastReview) {
            out.weaken(Confidence.CHECK);
        }
        return new Determination(out.required, out.prohibited, out.options, out.catchAll, out.reviewDays,
                out.documents, out.filingOffice, out.confidence, trace.steps(), regime.jurisdiction(), r.date(),
                regime.version());
    }

    private static String listName(Regime regime) {
        return regime.listControl() == null ? regime.jurisdiction() + " control list" : regime.listControl().name();
    }

    private static ControlEntry resolve(Regime regime, ExportRequest r, Trace trace) {
        if (r.item() != null) {
            String code = Codes.canonical(r.item());
            if (!Codes.isValid(code)) {
                throw new BadRequestException("item", "not a control-list code like 3C002 or 3C002.a.2, nor NONE: '"
                        + r.item() + "'");
            }
            ControlEntry entry = regime.entry(code).orElse(null);
            if (entry != null) {
                return entry;
            }
            ControlList.Entry ccl = regime.controlList() == null ? null : regime.controlList().find(code).orElse(null);
            if (ccl != null && ccl.status() == ControlList.Status.US_ONLY) {
                trace.add("control list " + code, code + " is a US-only ECCN (reasons for control "
                        + (ccl.reasons().isEmpty() ? "none given" : ccl.reasons()) + "; not an entry of the Wassenaar,"
                        + " NSG, Australia Group or MTCR lists), so it is not an entry of the " + listName(regime)
                        + ": the good is treated as unlisted and catch-all decides", ControlList.SOURCE);
                return null;
            }
            if (ccl != null && ccl.status() == ControlList.Status.US_MUNITIONS) {
                throw new BadRequestException("item", code + ": a US munitions (500/600-series) number, not an entry of the "
                        + listName(regime) + "; give the good's multilateral dual-use code (munitions are listed by"
                        + " Munitions List category, which Clearance does not encode)");
            }
            throw new BadRequestException("item", code + ": not an entry of the " + listName(regime));
        }
        if (r.cas() != null) {
            ControlEntry byCas = regime.entryByCas(r.cas()).orElse(null);
            if (byCas != null) {
                trace.add("CAS " + r.cas(), "listed under " + byCas.code() + ": treated as a listed item",
                        byCas.source());
            }
            return byCas;
        }
        return null;
    }

    private static Outcome listed(Regime regime, ExportRequest r, ControlEntry entry, Standing standing, Trace trace) {
        String code = Codes.canonical(r.item() != null ? r.item() : entry.code());
        Outcome out = new Outcome(true);
        trace.add("list control " + code, entry.title() + (entry.localRef().isEmpty() ? "" : " = " + entry.localRef())
                + (entry.regime().isEmpty() ? "" : " (" + entry.regime() + " list)")
                + (entry.parameters().isEmpty() ? "" : " " + entry.parameters())
                + ": licence required for every destination" + (regime.listControl() == null
                || regime.listControl().freeGroups().isEmpty() ? "" : " outside " + String.join("/",
                regime.listControl().freeGroups())), entry.source()
                + (regime.listControl() == null ? "" : "; " + regime.listControl().source()));
        if (!entry.note().isEmpty()) {
            trace.add("note " + entry.code(), entry.note(), entry.source());
        }
        if (entry.check()) {
            out.weaken(Confidence.CHECK);
        }
        if (r.endUser() != null && r.endUser().listed()) {
            trace.add("end user " + r.endUser().name(), "listed as " + r.endUser().entryId() + " on "
                    + r.endUser().list() + ": " + r.endUser().explanation(), r.endUser().list());
        }
        ListControl lc = regime.listControl();
        if (lc != null && standing.inAny(lc.freeGroups())) {
            out.required = false;
            out.weaken(Confidence.CHECK);
            trace.add("CAVEAT", r.to() + " is in " + String.join("/", lc.freeGroups()) + ": " + lc.freeText(), lc.source());
            return out;
        }
        // A measure narrows the licence types, so it is stated before them: each type is then named once.
        Measure measure = null;
        for (Measure m : regime.measures()) {
            if (measure == null && m.period().contains(r.date()) && m.destinations().contains(r.to())
                    && applies(m, code, r, out, trace)) {
                measure = m;
            }
        }
        for (LicenceType t : regime.licenceTypes()) {
            if (!t.scope().allowsListed() || !t.period().contains(r.date())) {
                continue;
            }
            String refusal = refusal(t, r, standing);
            if (refusal == null && measure != null && !measure.allowedLicences().contains(t.code())) {
                refusal = "not offered: " + measure.code() + " allows only " + String.join(", ", measure.allowedLicences());
            }
            if (refusal == null) {
                out.options.add(t.code());
                trace.add(t.code(), offered(t), t.source());
            } else {
                trace.add(t.code(), refusal, t.source());
            }
        }
        if (measure == null || measure.reviewDays() == null && measure.documents() == null) {
            processing(regime, r, standing, out, trace);
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
        return out;
    }

    /** Why a licence type is not offered to this destination, or null when it is. */
    static String refusal(LicenceType t, ExportRequest r, Standing standing) {
        for (String g : t.excludedGroups()) {
            if (standing.in(g)) {
                return "not offered: " + r.to() + " is in " + g + ", to which it is never offered";
            }
        }
        if (!t.groups().isEmpty() && !standing.inAny(t.groups())) {
            return "not offered: " + r.to() + " is not in " + String.join(" or ", t.groups());
        }
        return null;
    }

    /** The trace effect of an offered licence type: plainly available, or with its CHECK conditions. */
    static String offered(LicenceType t) {
        return (t.check() ? "offered, CHECK" : "offered") + (t.conditions().isEmpty() ? "" : ": " + t.conditions());
    }

    /** Whether the measure covers the item; if it does, its trace step. */
    private static boolean applies(Measure m, String code, ExportRequest r, Outcome out, Trace trace) {
        for (Measure.Item item : m.items()) {
            if (!Codes.covers(item.entry(), code) && !Codes.covers(code, item.entry())) {
                continue;
            }
            String how = "";
            if (item.cas() != null) {
                if (r.cas() != null && !r.cas().trim().equals(item.cas())) {
                    trace.add(m.code(), "not applied: it names CAS " + item.cas() + " under " + item.entry()
                            + ", not " + r.cas(), m.source());
                    return false;
                }
                if (r.cas() == null) {
                    how = " (applied conservatively: the measure names CAS " + item.cas()
                            + " only; give --cas to narrow)";
                }
            }
            if (!item.conservative().isEmpty()) {
                how = how + " (CHECK, applied conservatively: " + item.conservative() + ")";
                out.weaken(Confidence.CHECK);
            }
            trace.add(m.code(), m.title() + ": only " + String.join(", ", m.allowedLicences())
                    + (m.filingOffice() == null ? "" : "; file with " + m.filingOffice())
                    + (m.reviewDays() == null ? "" : "; review about " + m.reviewDays() + " days")
                    + " " + m.period() + how, m.source());
            return true;
        }
        return false;
    }

    static void processing(Regime regime, ExportRequest r, Standing standing, Outcome out, Trace trace) {
        ProcessingRule best = null;
        for (ProcessingRule p : regime.processing()) {
            if (p.licence().equals(INDIVIDUAL) && p.period().contains(r.date())
                    && (p.group() == null || standing.in(p.group()))
                    && (best == null || best.group() == null && p.group() != null)) {
                best = p;
            }
        }
        if (best != null) {
            out.reviewDays = best.reviewDays();
            out.documents = best.documents();
            trace.add("processing " + INDIVIDUAL + (best.group() == null ? "" : " " + best.group()),
                    (best.reviewDays() == null ? "" : "review " + best.reviewDays() + " days")
                            + (best.documents() == null ? "" : ", " + best.documents() + " documents"),
                    best.source());
        }
    }

    private static void notes(Regime regime, ExportRequest r, String code, boolean listed, Trace trace) {
        for (RegimeNote n : regime.notes()) {
            boolean context = n.context().equals("any") || n.context().equals(listed ? "listed" : "catch-all");
            boolean item = n.entries().isEmpty() || code != null && n.entries().stream().anyMatch(p -> Codes.covers(p, code));
            boolean dest = n.destinations().isEmpty() || n.destinations().contains(r.to());
            if (context && item && dest && n.period().contains(r.date())) {
                trace.add(n.code(), n.status() + ": " + n.text(), n.source());
            }
        }
    }

    /** A request under a regime; the regime by identity, as what-if scenarios build their own. */
    private record MemoKey(Regime regime, ExportRequest request) {
        @Override
        public boolean equals(Object o) {
            return o instanceof MemoKey k && k.regime == regime && k.request.equals(request);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(regime) * 31 + request.hashCode();
        }
    }

}
