package dev.clearance.records.gate;

import dev.clearance.records.Names;

import java.time.Instant;

/**
 * An officer's override of the screening gate for one party and one step, standing only once a second, different
 * officer confirmed it, covering only the blocks named when it was requested, and used once.
 *
 * @param id            override id
 * @param partyKey      the party's key, or null for a party known by name
 * @param partyName     the party's name
 * @param step          the step it lets the party through
 * @param blocks        the blocks it covers (decision, alert and hit ids as the gate names them), as JSON
 * @param reason        why, from the requesting officer
 * @param officer       who requested it
 * @param requestedAt   when
 * @param confirmedBy   the second officer, or null while pending
 * @param confirmReason the second officer's remark, or null
 * @param confirmedAt   when confirmed, or null
 * @param usedFor       what it let through ({@code application 5}), or null while unused
 * @param usedAt        when it was used, or null
 */
public record GateOverride(long id, String partyKey, String partyName, GateStep step, String blocks, String reason,
                           String officer, Instant requestedAt, String confirmedBy, String confirmReason,
                           Instant confirmedAt, String usedFor, Instant usedAt) {
    /** @return whether a second officer confirmed it */
    public boolean confirmed() {
        return confirmedBy != null;
    }

    /** @return whether it already let a step through */
    public boolean used() {
        return usedFor != null;
    }

    /**
     * @return whether it names this party: the same key when it has one, else the same name (normalised as
     *     decisions compare names)
     */
    public boolean names(String key, String name) {
        if (partyKey != null) {
            return partyKey.equals(key);
        }
        return Names.normalise(partyName).equals(Names.normalise(name));
    }
}
