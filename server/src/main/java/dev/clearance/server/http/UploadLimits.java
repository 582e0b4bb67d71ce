package dev.clearance.server.http;

/**
 * The largest upload the server takes, fixed when it is made (a test wanting a small limit makes a server with it).
 *
 * @param maxBytes largest CSV upload accepted, in bytes
 * @param maxRows most data rows accepted in one CSV upload (batch screening, order books, impact)
 */
public record UploadLimits(long maxBytes, int maxRows) {
    /** Default for {@link #maxRows}; the system property {@code clearance.maxUploadRows} overrides it. */
    public static final int DEFAULT_MAX_ROWS = 100_000;

    /** Checks the limits are positive. */
    public UploadLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("upload limits must be positive: " + maxBytes + " bytes, " + maxRows
                    + " rows");
        }
    }

    /**
     * @param maxBytes largest upload in bytes
     * @return the limit in bytes, rows from {@code clearance.maxUploadRows} or {@link #DEFAULT_MAX_ROWS}
     */
    public static UploadLimits ofBytes(long maxBytes) {
        return new UploadLimits(maxBytes, Integer.getInteger("clearance.maxUploadRows", DEFAULT_MAX_ROWS));
    }

    /** @return a copy taking at most {@code rows} data rows */
    public UploadLimits withMaxRows(int rows) {
        return new UploadLimits(maxBytes, rows);
    }
}
