package dev.clearance.classification;

import java.util.List;

/** Ranks the corpus's paragraphs for a query in English words. */
public interface Ranker {
    /** The best {@code k} paragraphs, best first; empty when no word of the query is in the corpus. */
    List<Hit> rank(String english, int k);

    /** The name the evaluation reports the ranker under. */
    String name();
}
