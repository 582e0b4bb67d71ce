package dev.clearance.impact;

/**
 * How one licence type fared across the changed lines.
 *
 * @param lost   lines where it could authorise the export before but not after
 * @param gained lines where it can authorise the export after but not before
 */
public record LicenceTally(long lost, long gained) {
    static final LicenceTally ZERO = new LicenceTally(0, 0);

    LicenceTally plus(boolean wasLost) {
        return wasLost ? new LicenceTally(lost + 1, gained) : new LicenceTally(lost, gained + 1);
    }
}
