package dev.clearance.application.applications;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An officer's approval of an application, read from the way in.
 *
 * @param body               the request as given, recorded as the approval's input
 * @param on                 the decision day, or null for today
 * @param licenceNumber      the licence's number, or null
 * @param validTo            the licence's last day, or null
 * @param quantityLimit      the licence's quantity limit, or null
 * @param valueLimit         the licence's value limit, or null
 * @param conditions         its conditions, or null
 * @param overrideReason     why an officer approves a route no longer available, or null
 * @param screeningOverrides the gate overrides the approval names
 */
public record ApprovalRequest(JsonNode body, LocalDate on, String licenceNumber, LocalDate validTo,
                              BigDecimal quantityLimit, BigDecimal valueLimit, String conditions,
                              String overrideReason, List<Long> screeningOverrides) {
}
