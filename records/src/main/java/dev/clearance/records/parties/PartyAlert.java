package dev.clearance.records.parties;

import java.time.Instant;
import java.util.List;

/**
 * A list entry hitting a party of the partner master. It names the party's key and the entry's id: what an officer's
 * decision on a hit names too.
 *
 * @param id alert id
 * @param partyKey the party's key
 * @param entryId the list entry's id
 * @param listName the list the entry is on
 * @param state where it stands
 * @param score the match score
 * @param partyName which of the party's names matched
 * @param matchedName which listed name matched
 * @param explanationJson the explanation of the score, as JSON
 * @param listVersions labels of the list versions the hit was found in
 * @param raisedBy what raised it ({@code LIST_CHANGE}, {@code PARTY_CHANGE}, {@code FIRST_SCREENING})
 * @param openedAt when it was raised
 * @param updatedAt when it last changed
 * @param closedAt when it was closed, or null
 * @param entryRemoved whether the entry has since been removed from its list
 * @param note why it was last changed, or null
 */
public record PartyAlert(long id, String partyKey, String entryId, String listName, State state, double score,
        String partyName, String matchedName, String explanationJson, List<String> listVersions, String raisedBy,
        Instant openedAt, Instant updatedAt, Instant closedAt, boolean entryRemoved, String note) {

    /** Copies the list. */
    public PartyAlert {
        listVersions = List.copyOf(listVersions);
    }

    /** Where an alert stands. */
    public enum State {
        /** Waiting for an officer. */
        OPEN,
        /** An officer decided it is a false positive. */
        REVIEWED,
        /** An officer confirmed the match. */
        CONFIRMED,
        /** No longer applies (entry removed, party changed or deleted); kept as history. */
        CLOSED
    }
}
