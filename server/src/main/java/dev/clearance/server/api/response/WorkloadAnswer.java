package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.clearance.impact.WorkloadJson;
import java.util.List;

/**
 * The office workload an order book brings under a regime change.
 *
 * @param estimate the estimate, in the impact module's contract (the CLI writes it too)
 * @param problems the first 100 lines refused, with why
 */
public record WorkloadAnswer(@JsonUnwrapped WorkloadJson estimate, List<String> problems) {
}
