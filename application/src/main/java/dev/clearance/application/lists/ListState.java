package dev.clearance.application.lists;

import dev.clearance.records.lists.ListArchive;
import dev.clearance.records.lists.ListVersion;
import java.time.Instant;

/**
 * The state of one configured list.
 *
 * @param name list name
 * @param format its format
 * @param location path(s) or URL(s)
 * @param state {@code current}: the version in use is the one its source gives; {@code refused-load}: the last load
 *              was refused and the last good version is still in use; {@code missing}: configured but nothing
 *              loaded (screenings name it as not screened against)
 * @param stale the version in use was last confirmed from its source longer ago than the maximum age
 * @param version the version in use, or null when missing
 * @param confirmedAt when the version in use was last read from its source (or loaded), or null
 * @param lastRefusal the refused load since the version in use, or null
 */
public record ListState(String name, String format, String location, String state, boolean stale,
        ListVersion version, Instant confirmedAt, ListArchive.Refusal lastRefusal) {
    /** The version in use is what the source gives. */
    public static final String CURRENT = "current";
    /** The last load was refused; the last good version serves. */
    public static final String REFUSED_LOAD = "refused-load";
    /** Nothing loaded for this list. */
    public static final String MISSING = "missing";

    /** @return whether this list makes the service degraded */
    public boolean degraded() {
        return stale || !CURRENT.equals(state);
    }
}
