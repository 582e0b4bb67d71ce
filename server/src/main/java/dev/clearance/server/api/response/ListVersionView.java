package dev.clearance.server.api.response;

import dev.clearance.records.lists.ListVersion;
import java.time.Instant;

/**
 * A version of a restricted-party list as loaded.
 *
 * @param versionId its id
 * @param name      the list
 * @param format    its format
 * @param location  where it was read from
 * @param loadedAt  when
 * @param checksum  the SHA-256 of its bytes
 * @param entries   its entries
 * @param problems  entries refused while reading
 * @param loadedBy  who loaded it
 * @param label     its label in audit records ({@code name@checksum})
 */
public record ListVersionView(long versionId, String name, String format, String location, Instant loadedAt,
                              String checksum, int entries, int problems, String loadedBy, String label) {
    /** @return the version as the API shows it */
    public static ListVersionView of(ListVersion v) {
        return new ListVersionView(v.id(), v.sourceName(), v.format(), v.location(), v.loadedAt(), v.checksum(),
                v.entryCount(), v.problemCount(), v.loadedBy(), v.label());
    }
}
