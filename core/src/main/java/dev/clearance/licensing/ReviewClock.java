package dev.clearance.licensing;

/**
 * How long the office takes to review an application, and how the days are counted.
 *
 * @param days        review days, or null when the sources give none for this route and destination
 * @param daysSource  where the days come from (empty when unknown)
 * @param daysStatus  CONFIRMED (the regime data's processing rule or measure) or CHECK (a secondary, looser source)
 * @param count       calendar or working days
 * @param countStatus CONFIRMED or CHECK: whether a source says how the days are counted
 * @param countSource why the count is what it is
 */
public record ReviewClock(Integer days, String daysSource, String daysStatus, DayCount count, String countStatus,
                          String countSource) {
    /** The review period in words, for people: "15 working days (CHECK)". */
    public String describe() {
        if (days == null) {
            return "no review period in the sources";
        }
        return days + " " + count.name().toLowerCase(java.util.Locale.ROOT) + " days"
                + ("CHECK".equals(daysStatus) || "CHECK".equals(countStatus) ? " (CHECK)" : "");
    }
}
