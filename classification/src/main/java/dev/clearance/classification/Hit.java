package dev.clearance.classification;

import java.util.List;

/** A paragraph a ranker found for a query, with its score and the query words it holds. */
public record Hit(Paragraph paragraph, double score, List<String> terms) {
    public Hit {
        terms = List.copyOf(terms);
    }
}
