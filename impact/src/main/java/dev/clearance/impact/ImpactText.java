package dev.clearance.impact;

import java.util.Map;

/** The totals of an impact as plain text, for the terminal. */
public final class ImpactText {
    private ImpactText() {
    }

    /** Totals by destination, control entry and licence type, and the added review time. */
    public static String render(ImpactTotals t, String beforeLabel, String afterLabel) {
        StringBuilder s = new StringBuilder();
        s.append("Impact of ").append(beforeLabel).append(" -> ").append(afterLabel).append('\n');
        s.append("  ").append(t.lines()).append(" order line(s) determined, ").append(t.changedLines())
                .append(" changed, ").append(t.rejectedLines()).append(" rejected\n");
        s.append("  added review time: ").append(signed(t.addedReviewDays()))
                .append(" day(s) across the book (lines with a review time on both sides)");
        if (t.reviewBecameUnknown() > 0) {
            s.append("; ").append(t.reviewBecameUnknown()).append(" line(s) lost a known review time");
        }
        s.append('\n');
        if (t.changedLines() == 0) {
            return s.append("  no order line changes\n").toString();
        }
        tallies(s, "By destination", t.byDestination());
        tallies(s, "By control entry", t.byEntry());
        s.append("\nBy licence type\n");
        s.append(String.format("  %-28s %10s %10s%n", "licence type", "lost on", "gained on"));
        t.byLicence().forEach((k, v) -> s.append(String.format("  %-28s %10d %10d%n", k, v.lost(), v.gained())));
        return s.toString();
    }

    private static void tallies(StringBuilder s, String title, Map<String, Tally> byKey) {
        s.append('\n').append(title).append('\n');
        s.append(String.format("  %-20s %10s %12s %12s %14s%n", "", "changed", "now needs", "no longer",
                "review days"));
        byKey.forEach((k, v) -> s.append(String.format("  %-20s %10d %12d %12d %14s%n", k, v.changed(),
                v.newlyRequired(), v.noLongerRequired(), signed(v.addedReviewDays()))));
    }

    static String signed(long n) {
        return n > 0 ? "+" + n : Long.toString(n);
    }
}
