package dev.clearance.impact;

import dev.clearance.determination.Determination;
import dev.clearance.orders.OrderLine;
import java.util.List;

/**
 * An order line whose answer differs between the two sides of an impact.
 *
 * @param reasons the rules whose trace steps differ, in the order they were consulted
 */
public record LineChange(OrderLine line, Determination before, Determination after, List<String> reasons) {
    public LineChange {
        reasons = List.copyOf(reasons);
    }

    /** After minus before review days, or null unless both sides give one. */
    public Integer addedReviewDays() {
        return before.reviewDays() == null || after.reviewDays() == null ? null
                : after.reviewDays() - before.reviewDays();
    }

    /** True when the before side gave a review time and the after side gives none. */
    public boolean reviewBecameUnknown() {
        return before.reviewDays() != null && after.reviewDays() == null;
    }
}
