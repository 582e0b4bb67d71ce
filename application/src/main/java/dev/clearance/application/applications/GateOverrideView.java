package dev.clearance.application.applications;

import dev.clearance.records.gate.GateOverride;
import java.time.Instant;
import java.util.Set;

/**
 * An override of the screening gate (four eyes).
 *
 * @param id            the override
 * @param partyKey      the party's key, or null
 * @param party         the party's name
 * @param step          the step it lets through
 * @param covers        the ids of the blocks it covers
 * @param reason        the requesting officer's reason
 * @param officer       who requested it
 * @param requestedAt   when
 * @param confirmedBy   the second officer, or null
 * @param confirmReason their reason, or null
 * @param confirmedAt   when, or null
 * @param state         PENDING, CONFIRMED or USED
 * @param usedFor       the subject it let through, or null
 */
public record GateOverrideView(long id, String partyKey, String party, String step, Set<String> covers,
                               String reason, String officer, Instant requestedAt, String confirmedBy,
                               String confirmReason, Instant confirmedAt, String state, String usedFor) {
    /** @return the override as the API shows it, covering these block ids */
    public static GateOverrideView of(GateOverride o, Set<String> covers) {
        return new GateOverrideView(o.id(), o.partyKey(), o.partyName(), o.step().name(), covers, o.reason(),
                o.officer(), o.requestedAt(), o.confirmedBy(), o.confirmReason(), o.confirmedAt(),
                o.used() ? "USED" : o.confirmed() ? "CONFIRMED" : "PENDING", o.usedFor());
    }
}
