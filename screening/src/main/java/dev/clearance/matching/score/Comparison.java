package dev.clearance.matching.score;

import dev.clearance.matching.explain.TokenMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of aligning a query name with a listed name.
 *
 * @param score          0..1
 * @param matches        aligned token pairs
 * @param unmatchedQuery query words left over
 * @param unmatchedListed listed words left over
 */
public record Comparison(double score, List<TokenMatch> matches, List<String> unmatchedQuery, List<String> unmatchedListed) {
    static final Comparison NONE = new Comparison(0, List.of(), List.of(), List.of());

    /** Human-readable token part of an explanation. */
    String render() {
        List<String> parts = new ArrayList<>();
        for (TokenMatch m : matches) {
            parts.add(m.render());
        }
        if (!unmatchedQuery.isEmpty()) {
            parts.add("query only: " + String.join(" ", unmatchedQuery));
        }
        if (!unmatchedListed.isEmpty()) {
            parts.add("listed only: " + String.join(" ", unmatchedListed));
        }
        return String.join("; ", parts);
    }
}
