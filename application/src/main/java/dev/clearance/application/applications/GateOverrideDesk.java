package dev.clearance.application.applications;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.application.audit.Recorder;
import dev.clearance.application.json.JsonText;
import dev.clearance.records.access.Principal;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.gate.GateOverride;
import dev.clearance.records.gate.GateOverrides;
import dev.clearance.records.gate.GateStep;
import java.util.List;
import java.util.Optional;

/**
 * Four-eyes overrides of the {@link ScreeningGate}: an officer requests one for a blocked party and one step with a
 * reason, naming the blocks standing now; a second, different officer confirms it; the step names it and uses it
 * once. Request and confirmation are audited with the override as it stands after them.
 */
public final class GateOverrideDesk {
    private final Recorder recorder;
    private final GateOverrides gateOverrides;
    private final ScreeningGate gate;

    /**
     * @param recorder      the audit recorder
     * @param gateOverrides the gate's four-eyes overrides
     * @param gate          the screening gate, which names the blocks standing now
     */
    public GateOverrideDesk(Recorder recorder, GateOverrides gateOverrides, ScreeningGate gate) {
        this.recorder = recorder;
        this.gateOverrides = gateOverrides;
        this.gate = gate;
    }

    /**
     * Requests an override of every block standing now for a party at a step.
     *
     * @param body the request as given, recorded as its input
     * @return the override, waiting for a second officer
     * @throws ScreeningRefusedException {@code NOT_BLOCKED} when nothing blocks the party
     */
    public GateOverride request(GateStep step, String name, String key, String reason, Principal who,
            JsonNode body) {
        ScreeningGate.Result result = gate.toOverride(step, new ScreeningGate.GateParty("party", name, key));
        List<String> blocks = result.blocks().stream().map(ScreeningGate.Block::id).toList();
        return gateOverrides.request(key, name, step, JsonText.write(blocks), reason, who.name(),
                (h, stored) -> recorder.record(h, who.name(), AuditAction.GATE_OVERRIDE_REQUESTED,
                        "override " + stored.id(), body, new OverrideRequested(ScreeningGate.describe(stored),
                                result.view()), null, result.listVersions()));
    }

    /**
     * A second officer confirms an override.
     *
     * @param remark their reason, or null
     * @param body   the request as given, recorded as its input
     * @throws dev.clearance.records.FourEyesRefusedException when the override is unknown, confirmed already or
     *     requested by the same officer
     */
    public GateOverride confirm(long id, Principal who, String remark, JsonNode body) {
        return gateOverrides.confirm(id, who.name(), remark, (h, stored) -> recorder.record(h, who.name(),
                AuditAction.GATE_OVERRIDE_CONFIRMED, "override " + id, body, ScreeningGate.describe(stored), null,
                List.of()));
    }

    /** @return the override, if there is one of that id */
    public Optional<GateOverride> get(long id) {
        return gateOverrides.get(id);
    }
}
