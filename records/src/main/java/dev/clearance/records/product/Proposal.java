package dev.clearance.records.product;

/**
 * A classification proposed for a product and a regime.
 *
 * @param entry  the control-list code (or NONE / the regime's word), already checked by the caller
 * @param reason the basis: the classifier's summary or the officer's words
 */
public record Proposal(String productKey, String regime, String entry, String reason, ProposalSource source) {
}
