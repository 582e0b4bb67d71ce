package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.List;
import java.util.Map;

/**
 * The office workload an order book brings under a regime change.
 *
 * @param estimate the estimate, as the impact module writes it (written first, flat)
 * @param problems the first 100 lines refused, with why
 */
public record WorkloadAnswer(@JsonAnyGetter Map<String, Object> estimate, List<String> problems) {
}
