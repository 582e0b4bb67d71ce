package dev.clearance.classification;

import java.util.List;

/**
 * The answer for one product: the outcome, in words, the ranked candidates, the parameters still to measure, how
 * the description was read, and the caveats.
 *
 * @param checkedAgainst the candidate paragraphs the outcome was decided on
 * @param toMeasure      quantities whose thresholds no given parameter answers ("wavelength (nm)")
 * @param english        the description in English words (Japanese and Korean read through the term table)
 * @param terms          term-table rows used: "term → english"
 */
public record Classification(Outcome outcome, String summary, List<Candidate> candidates, List<String> checkedAgainst,
                             List<String> toMeasure, String english, List<String> terms, List<String> caveats,
                             String source) {
    /** What Clearance can say. Never LISTED unless a CAS number or the parameters bear it out. */
    public enum Outcome {
        /** the CAS number is named in a paragraph, or the parameters meet every threshold of the best candidate */
        LISTED,
        /** the parameters fall outside the thresholds of every candidate checked */
        NOT_LISTED,
        /** Clearance cannot decide: the summary and toMeasure say what an officer must settle */
        CHECK
    }

    public Classification {
        candidates = List.copyOf(candidates);
        checkedAgainst = List.copyOf(checkedAgainst);
        toMeasure = List.copyOf(toMeasure);
        terms = List.copyOf(terms);
        caveats = List.copyOf(caveats);
    }

    /** The best candidate's ECCNs in rank order without repeats. */
    public List<String> eccns() {
        return candidates.stream().map(Candidate::eccn).distinct().toList();
    }
}
