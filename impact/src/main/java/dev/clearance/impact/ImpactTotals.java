package dev.clearance.impact;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Totals over an order book, gathered one line at a time so that a book of any size needs only as
 * much memory as it has distinct destinations, entries and licence types.
 */
public final class ImpactTotals {
    /** The heading under which unlisted goods are counted in {@link #byEntry()}. */
    public static final String UNLISTED = "NONE (unlisted)";
    private long lines;
    private long rejected;
    private long changed;
    private long addedReviewDays;
    private long reviewBecameUnknown;
    private final Map<String, Tally> byDestination = new TreeMap<>();
    private final Map<String, Tally> byEntry = new TreeMap<>();
    private final Map<String, LicenceTally> byLicence = new TreeMap<>();

    /** Counts a line that was determined on both sides without a change. */
    void unchanged() {
        lines++;
    }

    /** Counts a line that was rejected as bad input. */
    void rejected() {
        rejected++;
    }

    /** Counts a changed line under its destination, control entry and licence types. */
    void add(LineChange c) {
        lines++;
        changed++;
        Integer added = c.addedReviewDays();
        if (added != null) {
            addedReviewDays += added;
        }
        if (c.reviewBecameUnknown()) {
            reviewBecameUnknown++;
        }
        byDestination.merge(c.line().request().to(), Tally.ZERO.plus(c), (old, one) -> old.plus(c));
        String item = c.line().request().item();
        byEntry.merge(item == null ? UNLISTED : item, Tally.ZERO.plus(c), (old, one) -> old.plus(c));
        List<String> before = c.before().licenceOptions();
        List<String> after = c.after().licenceOptions();
        for (String t : before) {
            if (!after.contains(t)) {
                byLicence.merge(t, LicenceTally.ZERO.plus(true), (old, one) -> old.plus(true));
            }
        }
        for (String t : after) {
            if (!before.contains(t)) {
                byLicence.merge(t, LicenceTally.ZERO.plus(false), (old, one) -> old.plus(false));
            }
        }
    }

    /** Order lines determined on both sides. */
    public long lines() { return lines; }
    /** Order lines rejected as bad input. */
    public long rejectedLines() { return rejected; }
    /** Order lines whose answer changed. */
    public long changedLines() { return changed; }
    /** Sum of after-minus-before review days over changed lines where both sides give a review time. */
    public long addedReviewDays() { return addedReviewDays; }
    /** Changed lines that had a review time before and have none after. */
    public long reviewBecameUnknown() { return reviewBecameUnknown; }
    /** Changed lines by destination country. */
    public Map<String, Tally> byDestination() { return Collections.unmodifiableMap(byDestination); }
    /** Changed lines by control entry as written on the order ({@link #UNLISTED} for unlisted goods). */
    public Map<String, Tally> byEntry() { return Collections.unmodifiableMap(byEntry); }
    /** Licence types lost or gained, by type. */
    public Map<String, LicenceTally> byLicence() { return Collections.unmodifiableMap(byLicence); }
}
