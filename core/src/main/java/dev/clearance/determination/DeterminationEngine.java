package dev.clearance.determination;

import dev.clearance.input.BadRequestException;
import dev.clearance.regime.Codes;
import dev.clearance.regime.Countries;
import dev.clearance.regime.ListControl;
import dev.clearance.regime.Listing;
import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeNote;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.Standing;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;

/**
 * Decides whether an export needs a licence, under the exporting jurisdiction's regime as of the
 * export date. Pure and deterministic: the same request and regime data give the same answer, and
 * the engine keeps no state, so one instance serves any number of threads.
 */
public final class DeterminationEngine {
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
        return new DeterminationEngine(RegimeData.bundled());
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
        if (r.region() != null && dev.clearance.regime.read.RegimeData.regions().get(r.region())
                .filter(x -> x.country().equals(r.to())).isEmpty()) {
            throw new BadRequestException(BadRequestException.Kind.UNKNOWN, "region", "not a known region of " + r.to()
                    + ": '" + r.region() + "'");
        }
        if (r.headquarters() != null) {
            for (String country : r.headquarters()) {
                if (!Countries.isValid(country)) {
                    throw new BadRequestException(BadRequestException.Kind.UNKNOWN, "headquarters",
                            "unknown ISO 3166-1 alpha-2 country code '" + country + "'");
                }
            }
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
        return TraceStep.worded(regime.jurisdiction() + " regime", "applied as of " + day + " (data "
                + regime.version() + ")", regime.source(), "regimeApplied", "day", day, "version", regime.version());
    }

    /**
     * The orchestration: the destination's standing, the good's entry, bans and embargoes, list control
     * (or catch-all for goods on no entry), the chart's footnotes, the end user and end use, the sanctions layer
     * (prohibited, a policy, another authority), then the licence types that can authorise what needs a licence. Every step reads the regime's data; none asks which
     * jurisdiction it is.
     */
    private Determination compute(Regime regime, ExportRequest r) {
        Trace trace = new Trace();
        trace.add(regimeStep(regime, r.date()));
        boolean pastReview = regime.reviewed() != null && r.date().isAfter(regime.reviewed());
        if (pastReview) {
            trace.add("CAVEAT", "CHECK: the " + regime.jurisdiction() + " facts were reviewed up to " + regime.reviewed()
                    + "; later changes are not known", regime.source(), "reviewedUpTo",
                    "regime", regime.jurisdiction(), "day", regime.reviewed());
        }
        Standing standing = DestinationStanding.evaluate(regime, r, trace);
        Listing listing = ItemResolution.resolve(regime, r, trace);
        Outcome out = new Outcome(false);
        if (!EmbargoEvaluation.evaluate(regime, r, out, trace)) {
            boolean free = false;
            if (listing != null) {
                free = ListControlEvaluation.evaluate(regime, r, listing, standing, out, trace);
            } else {
                merge(out, CatchAllEvaluation.unlisted(regime, r, standing, trace));
            }
            FootnoteEvaluation.evaluate(regime, r, listing, out, trace);
            EndUserEvaluation.evaluate(regime, r, listing != null, out, trace);
            EndUseEvaluation.evaluate(regime, r, out, trace);
            SanctionsEvaluation.evaluate(regime, r, listing, out, trace);
            ListControl lc = regime.listControl();
            if (out.prohibited) {
                // A ban read from the end user's list: what list control or catch-all offered cannot authorise it.
                out.options.clear();
                out.catchAll = false;
                out.reviewDays = null;
                out.documents = null;
                out.filingOffice = null;
            } else if (out.authorisation != null) {
                out.options.clear();
                out.offer(out.authorisation, Confidence.CONFIRMED);
                trace.add("answer", out.authority + " decides: " + out.authorisation + " is the authorisation to seek;"
                        + " the " + regime.jurisdiction() + " licence types are not offered", regime.source(),
                        "authorityDecides", "authority", out.authority, "authorisation", out.authorisation,
                        "regime", regime.jurisdiction());
            } else if (free) {
                out.weaken(Confidence.CHECK);
                trace.add("CAVEAT", r.to() + " is in " + String.join("/", lc.freeGroups()) + ": " + lc.freeText(),
                        lc.source(), "freeGroup", "country", r.to(), "groups", String.join("/", lc.freeGroups()),
                        "text", lc.freeText());
            } else if (out.required && !out.catchAll) {
                LicenceEvaluation.evaluate(regime, r, listing, standing, out, trace);
            } else if (!out.required && regime.rules().noLicenceText() != null) {
                trace.add("answer", regime.rules().noLicenceText(), regime.rules().source(), "recorded",
                        "text", regime.rules().noLicenceText());
            }
        }
        notes(regime, r, listing == null ? null : listing.code(), listing != null, out, trace);
        if (pastReview) {
            out.weaken(Confidence.CHECK);
        }
        if (out.policy == dev.clearance.regime.LicencePolicy.DENIAL) {
            // An application refused in principle has no review time to speak of.
            out.reviewDays = null;
            out.documents = null;
        }
        if (out.prohibited) {
            out.options.clear();
        } else if (!out.options.isEmpty() && out.optionDoubts.containsKey(out.options.get(0))) {
            // The answer leads with its least burdensome option: offered only under a CHECK, the answer is no surer.
            out.weaken(out.optionDoubts.get(out.options.get(0)));
        }
        return new Determination(out.required, out.prohibited, out.options, out.optionConfidence(), out.catchAll,
                out.prohibited ? null : out.policy, out.authority, out.notify, out.reviewDays, out.documents,
                out.filingOffice, out.confidence, trace.steps(), regime.jurisdiction(), r.date(), regime.version(),
                regime.rules().noLicenceSummary());
    }

    /** The catch-all outcome joined to what bans, embargoes and the list found before it. */
    private static void merge(Outcome into, Outcome from) {
        into.required |= from.required;
        into.catchAll = from.catchAll;
        into.options.addAll(from.options);
        into.optionDoubts.putAll(from.optionDoubts);
        into.notify |= from.notify;
        into.reviewDays = from.reviewDays;
        into.documents = from.documents;
        into.filingOffice = from.filingOffice;
        into.weaken(from.confidence);
        if (from.required) {
            into.reasons.add("catch-all");
        }
    }

    /**
     * The regime's notes that reach this export (its item, destination, context and day). A note is a fact the
     * answer rests on or is qualified by (an exemption not applied, entry texts not read, a list not encoded): one
     * marked CHECK or UNCONFIRMED makes the answer {@code check}, the reason in the trace; an INFO note only informs.
     * A note never decides: the answer is what the rules give, only no surer than its notes.
     */
    private static void notes(Regime regime, ExportRequest r, String code, boolean listed, Outcome out, Trace trace) {
        for (RegimeNote n : regime.notes()) {
            boolean context = n.context().equals("any") || n.context().equals(listed ? "listed" : "catch-all");
            boolean item = n.entries().isEmpty() || code != null && n.entries().stream().anyMatch(p -> Codes.covers(p, code));
            boolean dest = n.destinations().isEmpty() || n.destinations().contains(r.to());
            boolean excepted = n.exceptGroups().stream().anyMatch(g -> regime.group(g)
                    .map(x -> x.counts(r.to(), r.date())).orElse(false));
            boolean value = n.reachesValue(r.value(), r.currency());
            if (context && item && dest && !excepted && value && n.period().contains(r.date())) {
                boolean doubt = n.doubtful();
                if (doubt) {
                    out.weaken(Confidence.CHECK);
                }
                if (doubt) {
                    trace.add(n.code(), n.status() + ": " + n.text() + " [the answer rests on this " + n.status()
                            + " fact: check]", n.source(), "statusNoteDoubt", "status", n.status(), "text", n.text());
                } else {
                    trace.add(n.code(), n.status() + ": " + n.text(), n.source(), "statusNote", "status", n.status(),
                            "text", n.text());
                }
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
