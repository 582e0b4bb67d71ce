package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A step's screening at the gate, as answered and as stored with the step's subject.
 *
 * @param step         the step
 * @param listVersions the list versions screened against
 * @param missingLists configured lists not loaded; left out when every list was loaded
 * @param parties      each party's screening
 * @param blocked      whether anything stops the step
 * @param overrides    the overrides that let it through; left out when none was used
 */
public record GateResultView(String step, List<String> listVersions,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> missingLists,
                             List<GatePartyView> parties, boolean blocked,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<GateOverrideView> overrides) {
    /** @return this result with the overrides used */
    public GateResultView withOverrides(List<GateOverrideView> used) {
        return new GateResultView(step, listVersions, missingLists, parties, blocked, used);
    }
}
