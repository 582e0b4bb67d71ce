package dev.clearance.regime;

/**
 * One statement a regime makes on a given day, with its source: the unit that {@code regimes show}
 * prints and {@code regimes diff} compares.
 *
 * @param section   membership, licence, catch-all, measure, processing, note
 * @param subject   what it is about (a group code, a licence type, a rule code)
 * @param statement the statement, e.g. "KR is in B"
 */
public record Fact(String section, String subject, String statement, String source) {
}
