package dev.clearance.server.api.response;

import dev.clearance.records.lists.ListVersion;
import java.time.Instant;

/**
 * One configured list: the version in use (its fields, when one is loaded) and its state.
 *
 * @param name         the list
 * @param format       its format
 * @param location     where it is read from (the version's, when one is loaded)
 * @param versionId    the version in use, or left out
 * @param loadedAt     when it was loaded, or left out
 * @param checksum     its checksum, or left out
 * @param entries      its entries, or left out
 * @param problems     entries refused while reading, or left out
 * @param loadedBy     who loaded it, or left out
 * @param label        its label, or left out
 * @param state        current, stale, refused or missing
 * @param stale        whether it is older than its source
 * @param confirmedAt  when the source last confirmed it, or null
 * @param lastRefusal  the last refused load, or null
 */
public record ListStateView(String name, String format, String location,
                            @com.fasterxml.jackson.annotation.JsonUnwrapped Loaded loaded, String state,
                            boolean stale, Instant confirmedAt, ListRefusalView lastRefusal) {
    /**
     * The version's fields after the list's own (as the API showed them before states existed).
     *
     * @param versionId its id
     * @param loadedAt  when
     * @param checksum  its checksum
     * @param entries   its entries
     * @param problems  entries refused while reading
     * @param loadedBy  who loaded it
     * @param label     its label
     */
    public record Loaded(long versionId, Instant loadedAt, String checksum, int entries, int problems,
                         String loadedBy, String label) {
        /** @return the loaded version's fields */
        public static Loaded of(ListVersion v) {
            return new Loaded(v.id(), v.loadedAt(), v.checksum(), v.entryCount(), v.problemCount(), v.loadedBy(),
                    v.label());
        }
    }
}
