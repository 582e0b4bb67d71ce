/**
 * Restricted-party name matching: the screeners (forward {@link dev.clearance.matching.Screener}, reverse
 * {@link dev.clearance.matching.PartnerIndex}, pair {@link dev.clearance.matching.NameScorer}, batch and end-user
 * checks) that put the stages together, one package per stage below: {@code normalise}, {@code index}, {@code score},
 * {@code explain}. The stages never depend on this package, nor a lower stage on a higher one
 * ({@code MatchingStagesArchitectureTest}).
 */
package dev.clearance.matching;
