package dev.clearance.application.applications;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A screening stored with a subject (application, licence, shipment).
 *
 * @param id         the stored screening
 * @param step       the step it was taken at
 * @param checkedAt  when
 * @param result     the stored {@link GateResultView}, as stored then
 * @param overrideId the override used, or null
 */
public record GateScreeningView(long id, String step, Instant checkedAt, JsonNode result, Long overrideId) {
}
