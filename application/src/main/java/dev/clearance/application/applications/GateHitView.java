package dev.clearance.application.applications;

/**
 * A list entry hitting a party at the screening gate.
 *
 * @param entryId     the entry
 * @param list        its list
 * @param matchedName the name of the entry that matched
 * @param score       the match score
 * @param review      the hit's review state (NEW, REVIEWED, ...)
 */
public record GateHitView(String entryId, String list, String matchedName, double score, String review) {
}
