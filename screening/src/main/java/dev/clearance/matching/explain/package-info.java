/**
 * Screening stage "explain": what a hit is and how it came about, and its wording ({@link
 * dev.clearance.matching.explain.Match}, {@link dev.clearance.matching.explain.Explanation}, the token matches behind a
 * score, their text and JSON). The vocabulary every other stage reports in; it depends on no other stage.
 */
package dev.clearance.matching.explain;
