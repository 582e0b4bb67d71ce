package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * What an application's filing or approval is recorded as resting on (its audit record's inputs).
 *
 * @param request    the request body
 * @param routeCheck the route determined again on the decision day; only for an approval
 * @param screening  the parties' screening at the gate
 */
public record FilingInputs(JsonNode request, @JsonInclude(JsonInclude.Include.NON_NULL) RouteCheck routeCheck,
                           GateResultView screening) {
    /**
     * The route applied for, determined again as of the decision day.
     *
     * @param available whether the route is still among the options
     * @param detail    the options then, in words
     */
    public record RouteCheck(boolean available, String detail) {
    }
}
