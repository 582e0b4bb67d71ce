package dev.clearance.impact;

/**
 * Changed lines counted under one heading (a destination, a control entry).
 *
 * @param changed          lines whose answer changed
 * @param newlyRequired    of those, lines that need a licence after but not before
 * @param noLongerRequired of those, lines that needed a licence before but not after
 * @param addedReviewDays  sum of after-minus-before review days, over lines where both are known
 */
public record Tally(long changed, long newlyRequired, long noLongerRequired, long addedReviewDays) {
    static final Tally ZERO = new Tally(0, 0, 0, 0);

    Tally plus(LineChange c) {
        boolean b = c.before().licenceRequired();
        boolean a = c.after().licenceRequired();
        Integer added = c.addedReviewDays();
        return new Tally(changed + 1, newlyRequired + (a && !b ? 1 : 0), noLongerRequired + (b && !a ? 1 : 0),
                addedReviewDays + (added == null ? 0 : added));
    }
}
