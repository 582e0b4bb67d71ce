package dev.clearance.classification;

/**
 * The entry of one regime that a candidate paragraph corresponds to: Japan's Appended Table 1 row, Korea's
 * category, the EU's Annex I category, the US ECCN; {@code entry} empty when the paragraph is no entry of that
 * regime's list (a US-only ECCN), and {@code note} saying why or what is unconfirmed.
 */
public record RegimeEntry(String jurisdiction, String entry, boolean confirmed, String note, String source) {
}
