package dev.clearance.server.api.response;

import dev.clearance.records.lists.ListArchive;
import java.time.Instant;
import java.util.List;

/**
 * A refused load of a list: the last good version stays in use.
 *
 * @param refusalId         the refusal
 * @param name              the list
 * @param format            its format
 * @param location          where it was read from
 * @param attemptedAt       when
 * @param checksum          the SHA-256 of the bytes refused
 * @param entries           entries read, or null
 * @param lastGoodVersionId the version that stays in use, or null
 * @param reasons           why it was refused
 * @param loadedBy          who tried
 */
public record ListRefusalView(long refusalId, String name, String format, String location, Instant attemptedAt,
                              String checksum, Integer entries, Long lastGoodVersionId, List<String> reasons,
                              String loadedBy) {
    /** @return the refusal as the API shows it */
    public static ListRefusalView of(ListArchive.Refusal r) {
        return new ListRefusalView(r.id(), r.sourceName(), r.format(), r.location(), r.attemptedAt(), r.checksum(),
                r.entryCount(), r.lastGoodId(), r.reasons(), r.loadedBy());
    }
}
