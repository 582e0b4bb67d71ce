package dev.clearance.application.applications;

/**
 * What stops a party at the screening gate, with the id an override names it by.
 *
 * @param id         {@code decision:N}, {@code alert:N}, {@code list:NAME} or {@code hit:ENTRY}
 * @param kind       CONFIRMED_MATCH, OPEN_ALERT, SCREENING_HIT or LIST_NOT_LOADED
 * @param role       the field naming the party
 * @param party      the party's name
 * @param partyKey   its key, or null
 * @param decisionId the decision, for a confirmed match
 * @param alertId    the alert, for an open alert
 * @param entryId    the list entry
 * @param list       the entry's list
 * @param listedName the entry's name
 * @param detail     the block in words
 */
public record GateBlockView(String id, String kind, String role, String party, String partyKey, Long decisionId,
                            Long alertId, String entryId, String list, String listedName, String detail) {
}
