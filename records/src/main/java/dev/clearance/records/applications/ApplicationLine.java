package dev.clearance.records.applications;

import java.math.BigDecimal;

/**
 * One order line of an application.
 *
 * @param reference the order or contract reference, or null
 * @param quantity  quantity, or null
 * @param value     value in the application's currency, or null
 */
public record ApplicationLine(String reference, BigDecimal quantity, BigDecimal value) {
    /** Refuses negative amounts. */
    public ApplicationLine {
        if (quantity != null && quantity.signum() < 0 || value != null && value.signum() < 0) {
            throw new IllegalArgumentException("quantities and values must not be negative");
        }
    }
}
