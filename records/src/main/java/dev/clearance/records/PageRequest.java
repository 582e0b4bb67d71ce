package dev.clearance.records;

/**
 * One page of a listing.
 *
 * @param offset rows to skip, at least 0
 * @param limit rows to return, 1 to 1000
 * @param newestFirst whether to order newest first (audit: by descending seq)
 */
public record PageRequest(int offset, int limit, boolean newestFirst) {

    /** Validates. */
    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must be >= 0");
        }
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be 1..1000");
        }
    }

    /** @return the first page of {@code limit} rows, oldest first */
    public static PageRequest first(int limit) {
        return new PageRequest(0, limit, false);
    }

    /** @return the first page of {@code limit} rows, newest first */
    public static PageRequest newest(int limit) {
        return new PageRequest(0, limit, true);
    }
}
