package dev.clearance.records.product;

import java.time.Instant;

/**
 * One re-check of the whole master: the corpus and regime data it ran on, how many products it classified and
 * how many it flagged for review.
 */
public record ProductRecheck(long id, String corpusVersion, String regimeVersions, String runBy, Instant runAt,
                             int products, int flagged) {
}
