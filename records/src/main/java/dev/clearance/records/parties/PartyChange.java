package dev.clearance.records.parties;

/**
 * What storing one party did.
 *
 * @param kind created, updated, unchanged or deleted
 * @param before the party before (null when created)
 * @param after the party after (null when deleted)
 */
public record PartyChange(Kind kind, PartyRecord before, PartyRecord after) {
    /** The kinds of change. */
    public enum Kind {
        /** A new key. */
        CREATED,
        /** A known key with other data. */
        UPDATED,
        /** A known key with the same data: nothing stored, nothing audited. */
        UNCHANGED,
        /** Removed from the master. */
        DELETED
    }

    /** @return the key of the party */
    public String key() {
        return after != null ? after.key() : before.key();
    }
}
