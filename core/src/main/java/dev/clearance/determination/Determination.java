package dev.clearance.determination;

import dev.clearance.regime.LicencePolicy;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer for one export.
 *
 * @param licenceRequired whether the export needs a licence (true, too, when it is prohibited)
 * @param prohibited      whether no licence can authorise the export at all (a ban)
 * @param licenceOptions  every licence type that could authorise it, least burdensome first; empty when none
 *                        is needed and when the export is prohibited
 * @param optionConfidence parallel to {@code licenceOptions}: how sure each option is ({@code check} for one
 *                        offered only under a CHECK condition)
 * @param catchAll        whether a catch-all control is what requires the licence
 * @param policy          how an application is treated (denial, case-by-case), when a rule says; may be null
 * @param authority       the authority that decides instead of the regime's licensing authority (OFAC for US
 *                        exports to Iran, the Minister of Unification for Korean shipments to the North); may be null
 * @param notifyAuthority the exporter must notify the authority, which then decides (EU Art. 4(4), Art. 5)
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
public record Determination(boolean licenceRequired, boolean prohibited, List<String> licenceOptions,
                            List<Confidence> optionConfidence, boolean catchAll, LicencePolicy policy, String authority,
                            boolean notifyAuthority, Integer reviewDays, Integer documents, String filingOffice,
                            Confidence confidence, List<TraceStep> trace, String jurisdiction, LocalDate asOf,
                            String regimeVersion, String noLicenceWords) {
    private static final String NO_LICENCE = "No licence required";

    /** An answer in the plain words. */
    public Determination(boolean licenceRequired, boolean prohibited, List<String> licenceOptions,
                         List<Confidence> optionConfidence, boolean catchAll, LicencePolicy policy, String authority,
                         boolean notifyAuthority, Integer reviewDays, Integer documents, String filingOffice,
                         Confidence confidence, List<TraceStep> trace, String jurisdiction, LocalDate asOf,
                         String regimeVersion) {
        this(licenceRequired, prohibited, licenceOptions, optionConfidence, catchAll, policy, authority,
                notifyAuthority, reviewDays, documents, filingOffice, confidence, trace, jurisdiction, asOf,
                regimeVersion, null);
    }

    public Determination {
        licenceOptions = List.copyOf(licenceOptions);
        optionConfidence = List.copyOf(optionConfidence);
        if (optionConfidence.size() != licenceOptions.size()) {
            throw new IllegalArgumentException("optionConfidence must be parallel to licenceOptions");
        }
        trace = List.copyOf(trace);
    }

    /** The same answer as of another day in the same stretch, with the trace's first step replaced. */
    Determination asOf(LocalDate day, TraceStep first) {
        List<TraceStep> steps = new java.util.ArrayList<>(trace);
        steps.set(0, first);
        return new Determination(licenceRequired, prohibited, licenceOptions, optionConfidence, catchAll, policy,
                authority, notifyAuthority, reviewDays, documents, filingOffice, confidence, steps, jurisdiction, day, regimeVersion,
                noLicenceWords);
    }

    /** The answer in one line, for people. */
    public String summary() {
        String tail = " (" + jurisdiction + ", as of " + asOf + "; confidence " + confidence.word() + ")";
        if (prohibited) {
            return "Prohibited: no licence can authorise this export" + (authority == null ? ""
                    : " (nor can " + authority + ")") + tail;
        }
        if (!licenceRequired) {
            return (noLicenceWords == null ? NO_LICENCE : noLicenceWords) + tail;
        }
        StringBuilder s = new StringBuilder("Licence required")
                .append(catchAll ? " under catch-all" : "")
                .append(policy == LicencePolicy.DENIAL ? ", policy of denial"
                        : policy == LicencePolicy.CASE_BY_CASE ? ", reviewed case by case" : "")
                .append(authority == null ? "" : (notifyAuthority ? ", notify " : ", decided by ") + authority)
                .append(authority == null && notifyAuthority ? ", notify the authority, which decides" : "")
                .append(": ").append(options());
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

    /** The options for the one-line text, each offered only under a CHECK marked so. */
    private String options() {
        if (licenceOptions.isEmpty()) {
            return "none can authorise it";
        }
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < licenceOptions.size(); i++) {
            words.add(licenceOptions.get(i) + (optionConfidence.get(i) == Confidence.CONFIRMED ? ""
                    : " (" + optionConfidence.get(i).word().toUpperCase(java.util.Locale.ROOT) + ")"));
        }
        return String.join(" | ", words);
    }

    /** The policy's word, or empty when none. */
    public String policyWord() {
        return policy == null ? "" : policy.word();
    }

    /** True when two determinations give the same answer, whatever their traces say. */
    public boolean sameAnswer(Determination other) {
        return licenceRequired == other.licenceRequired && prohibited == other.prohibited
                && confidence == other.confidence && licenceOptions.equals(other.licenceOptions)
                && optionConfidence.equals(other.optionConfidence) && policy == other.policy
                && java.util.Objects.equals(authority, other.authority) && notifyAuthority == other.notifyAuthority
                && catchAll == other.catchAll && java.util.Objects.equals(reviewDays, other.reviewDays)
                && java.util.Objects.equals(documents, other.documents)
                && java.util.Objects.equals(filingOffice, other.filingOffice);
    }
}
