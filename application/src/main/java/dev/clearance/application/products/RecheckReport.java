package dev.clearance.application.products;

import java.util.List;

/**
 * What a re-check of the product master found: how many products it classified, how many it flagged (a proposal that
 * differs from the approved entry), and every row to review.
 *
 * @param ran false when nothing had changed since the last re-check (then no product was classified)
 */
public record RecheckReport(boolean ran, String corpusVersion, String regimeVersions, int products, int flagged,
                           List<ReviewRow> rows) {
    public RecheckReport {
        rows = List.copyOf(rows);
    }
}
