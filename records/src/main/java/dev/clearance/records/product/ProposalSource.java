package dev.clearance.records.product;

/**
 * Where a proposal came from: the classifier (with its outcome and the corpus and regime data it ran on), an
 * officer, or an imported file.
 *
 * @param outcome       the classifier's outcome (LISTED, NOT_LISTED, CHECK), or null for an officer or an import
 * @param corpusVersion the control-list corpus the classifier read, or null
 * @param regimeVersion the regime data the entry was checked against, or null
 */
public record ProposalSource(Kind kind, String outcome, String corpusVersion, String regimeVersion) {
    /** Who proposed. */
    public enum Kind { CLASSIFIER, OFFICER, IMPORT }

    public static ProposalSource officer() {
        return new ProposalSource(Kind.OFFICER, null, null, null);
    }

    public static ProposalSource imported() {
        return new ProposalSource(Kind.IMPORT, null, null, null);
    }
}
