package dev.clearance.application.applications;

import java.util.List;

/**
 * One party's screening at the gate.
 *
 * @param role     the field naming it
 * @param name     its name
 * @param partyKey its partner-master key, or null
 * @param outcome  the screening's verdict (BLOCKED, ALERT, INCOMPLETE, REVIEWED, NO_HIT)
 * @param hits     the entries hitting it
 * @param blocks   what stops it, in words
 */
public record GatePartyView(String role, String name, String partyKey, String outcome, List<GateHitView> hits,
                            List<String> blocks) {
}
