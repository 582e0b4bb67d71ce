package dev.clearance.classification;

import java.util.List;

/**
 * A control-list paragraph a product may fall under: its ECCN and text, the entries of each regime it corresponds
 * to, why it matched, and each of its thresholds (and those of the paragraphs enclosing it) against the parameters.
 *
 * @param score      the text ranker's score (0 for a paragraph found by CAS number only)
 * @param decontrols decontrol notes of the paragraph whose words the description shares: they may release it
 */
public record Candidate(String eccn, String paragraph, String text, List<String> context, double score,
                        Verdict verdict, Why why, List<ThresholdCheck> checks, List<String> decontrols,
                        List<RegimeEntry> regimes) {
    /** The paragraph as the parameters leave it. */
    public enum Verdict {
        /** the CAS number given is named in the paragraph */
        BY_CAS,
        /** every threshold given and met */
        MEETS,
        /** a given parameter misses a threshold: the paragraph does not apply */
        MISSES,
        /** no parameter misses, some threshold was not given: measure it */
        CHECK,
        /** the paragraph has no threshold: its words alone decide (an officer reads them) */
        WORDS_ONLY
    }

    /** Why the paragraph came up: the query words it holds, the CAS numbers it names, the parameters it was checked on. */
    public record Why(List<String> terms, List<String> cas, List<String> parameters) {
        public Why {
            terms = List.copyOf(terms);
            cas = List.copyOf(cas);
            parameters = List.copyOf(parameters);
        }
    }

    public Candidate {
        context = List.copyOf(context);
        checks = List.copyOf(checks);
        decontrols = List.copyOf(decontrols);
        regimes = List.copyOf(regimes);
    }
}
