package dev.clearance.application.products;

/**
 * One product and regime an officer must look at after a re-check: the classifier now proposes an entry that differs
 * from the approved one (DIFFERS: flagged; the approved one stays in force until an officer approves another), or
 * there is no approved one yet (UNAPPROVED).
 *
 * @param approvedEntry the approved entry in force today, or null
 * @param proposalId    the open proposal holding the classifier's entry, or null when nothing was written (CSV)
 */
public record ReviewRow(String product, String regime, Kind kind, String approvedEntry, String proposedEntry,
                        String outcome, String summary, Long proposalId) {
    /** Why the row is listed. */
    public enum Kind { DIFFERS, UNAPPROVED }
}
