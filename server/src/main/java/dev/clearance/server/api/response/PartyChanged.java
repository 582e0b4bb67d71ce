package dev.clearance.server.api.response;

/**
 * A change to the partner master: the answer to a deletion.
 *
 * @param key    the party
 * @param change what was done
 */
public record PartyChanged(String key, String change) {
    /**
     * What a deletion's audit record keeps as its input.
     *
     * @param key    the party
     * @param delete always true
     */
    public record Deletion(String key, boolean delete) {
    }
}
