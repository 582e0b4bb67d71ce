package dev.clearance.records.applications;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An officer's approval: the licence to register and whether the route still stands.
 *
 * @param licenceNumber  the licence number, or null for one made from the application's id
 * @param validTo        last valid day, or null for the route's validity in the data
 * @param quantityLimit  quantity allowed, or null for the application's total
 * @param valueLimit     value allowed, or null for the application's total
 * @param conditions     the officer's conditions, or null
 * @param route          whether the route applied for is available on the decision day, re-determined by the caller
 * @param overrideReason why the officer approves although the route is not available, or null
 */
public record Approval(String licenceNumber, LocalDate validTo, BigDecimal quantityLimit, BigDecimal valueLimit,
                       String conditions, RouteCheck route, String overrideReason) {

    /**
     * The route applied for, re-checked on the decision day.
     *
     * @param available true when it is still among the licence options
     * @param detail    the determination on the decision day, for the warning and the audit record
     */
    public record RouteCheck(boolean available, String detail) {
    }
}
