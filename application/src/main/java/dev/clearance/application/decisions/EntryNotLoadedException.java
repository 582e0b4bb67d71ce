package dev.clearance.application.decisions;

import dev.clearance.records.RefusedException;

/**
 * A decision names a list entry the loaded lists do not hold: there is nothing to bind it to. The server answers
 * 404, as for any resource it does not have.
 */
public final class EntryNotLoadedException extends RefusedException {
    private static final long serialVersionUID = 1L;

    /** Why (the one kind). */
    public enum Kind {
        /** No entry of that id in the lists loaded now. */
        ENTRY_NOT_LOADED
    }

    /** @param entryId the entry asked for */
    EntryNotLoadedException(String entryId) {
        super(Kind.ENTRY_NOT_LOADED, "entryId", "no list entry " + entryId + " in the loaded lists");
    }

    @Override
    public boolean notFound() {
        return true;
    }
}
