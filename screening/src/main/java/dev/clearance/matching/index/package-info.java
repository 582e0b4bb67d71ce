/**
 * Screening stage "index": the inverted index over listed (or partner) names that finds every name able to reach a
 * score, and only those, with its keys and postings. Depends on {@code score}, {@code normalise} and {@code explain};
 * the screeners in {@code dev.clearance.matching} put the stages together.
 */
package dev.clearance.matching.index;
