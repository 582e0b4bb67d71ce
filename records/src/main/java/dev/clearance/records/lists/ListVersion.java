package dev.clearance.records.lists;

import java.time.Instant;

/**
 * One recorded load of a restricted-party list.
 *
 * @param id database id
 * @param sourceName list name, e.g. {@code OFAC-SDN}
 * @param format file format, e.g. {@code OFAC-XML}, {@code CSV}
 * @param location path or URL it was loaded from
 * @param loadedAt when it was loaded
 * @param checksum SHA-256 (hex) of the loaded bytes
 * @param entryCount entries loaded
 * @param problemCount rows or records that could not be loaded cleanly
 * @param loadedBy who loaded it
 */
public record ListVersion(long id, String sourceName, String format, String location, Instant loadedAt,
        String checksum, int entryCount, int problemCount, String loadedBy) {

    /** @return a short label for audit records: {@code <sourceName>@<first 12 hex digits of the checksum>} */
    public String label() {
        return sourceName + "@" + checksum.substring(0, Math.min(12, checksum.length()));
    }
}
