package dev.clearance.determination;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one export.
 *
 * @param licenceRequired whether the export needs a licence (true, too, when it is prohibited)
 * @param prohibited      whether no licence can authorise the export at all (a ban)
 * @param licenceOptions  every licence type that could authorise it, least burdensome first; empty when none
 *                        is needed and when the export is prohibited
 * @param catchAll        whether a catch-all control is what requires the licence
 * @param reviewDays      review time of an individual-licence application, where the data gives one
 * @param documents       documents an individual-licence application needs, where the data gives it
 * @param filingOffice    where to file, when a rule says so; may be null
 * @param confidence      the weakest of the facts that decided the answer
 * @param trace           the rules consulted, in order, each with its source
 * @param jurisdiction    the regime applied
 * @param asOf            the day the regime was taken as of
 * @param regimeVersion   checksum of the regime data used
 * @param noLicenceWords  the regime's one-line words for an export that needs no licence, or null for the plain
 *                        "No licence required"
 */
public record Determination(boolean licenceRequired, boolean prohibited, List<String> licenceOptions, boolean catchAll,
                            Integer reviewDays, Integer documents, String filingOffice, Confidence confidence,
                            List<TraceStep> trace, String jurisdiction, LocalDate asOf, String regimeVersion,
                            String noLicenceWords) {
    private static final String NO_LICENCE = "No licence required";

    /** An answer in the plain words. */
    public Determination(boolean licenceRequired, boolean prohibited, List<String> licenceOptions, boolean catchAll,
                         Integer reviewDays, Integer documents, String filingOffice, Confidence confidence,
                         List<TraceStep> trace, String jurisdiction, LocalDate asOf, String regimeVersion) {
        this(licenceRequired, prohibited, licenceOptions, catchAll, reviewDays, documents, filingOffice, confidence,
                trace, jurisdiction, asOf, regimeVersion, null);
    }

    public Determination {
        licenceOptions = List.copyOf(licenceOptions);
        trace = List.copyOf(trace);
    }

    /** The same answer as of another day in the same stretch, with the trace's first step replaced. */
    Determination asOf(LocalDate day, TraceStep first) {
        List<TraceStep> steps = new java.util.ArrayList<>(trace);
        steps.set(0, first);
        return new Determination(licenceRequired, prohibited, licenceOptions, catchAll, reviewDays, documents,
                filingOffice, confidence, steps, jurisdiction, day, regimeVersion, noLicenceWords);
    }

    /** The answer in one line, for people. */
    public String summary() {
        String tail = " (" + jurisdiction + ", as of " + asOf + "; confidence " + confidence.word() + ")";
        if (prohibited) {
            return "Prohibited: no licence can authorise this export" + tail;
        }
        if (!licenceRequired) {
            return (noLicenceWords == null ? NO_LICENCE : noLicenceWords) + tail;
        }
        StringBuilder s = new StringBuilder("Licence required")
                .append(catchAll ? " under catch-all" : "")
                .append(": ").append(String.join(" | ", licenceOptions));
        if (reviewDays != null) {
            s.append("; review ").append(reviewDays).append(" days");
        }
        if (documents != null) {
            s.append("; ").append(documents).append(" documents");
        }
        if (filingOffice != null) {
            s.append("; file with ").append(filingOffice);
        }
        return s.append(tail).toString();
    }

    /** True when two determinations give the same answer, whatever their traces say. */
    public boolean sameAnswer(Determination other) {
        return licenceRequired == other.licenceRequired && prohibited == other.prohibited
                && confidence == other.confidence && licenceOptions.equals(other.licenceOptions)
                && catchAll == other.catchAll && java.util.Objects.equals(reviewDays, other.reviewDays)
                && java.util.Objects.equals(documents, other.documents)
                && java.util.Objects.equals(filingOffice, other.filingOffice);
    }
}
