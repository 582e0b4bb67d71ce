package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The details of a 409 {@code screening_blocked} or {@code screening_incomplete}.
 *
 * @param step         the step refused
 * @param blocks       each block not covered by an override
 * @param overrides    why overrides named were not used; left out when none was refused
 * @param listVersions the list versions screened against
 * @param missingLists the lists not loaded; only for {@code screening_incomplete}
 */
public record GateRefusal(String step, List<GateBlockView> blocks,
                          @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> overrides,
                          List<String> listVersions,
                          @JsonInclude(JsonInclude.Include.NON_NULL) List<String> missingLists) {
}
