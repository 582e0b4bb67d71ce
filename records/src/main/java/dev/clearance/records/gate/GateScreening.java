package dev.clearance.records.gate;

import java.time.Instant;

/**
 * What the parties of one step were screened as when the gate let it through: the record an auditor asks for.
 *
 * @param id           id
 * @param subject      what the step made or changed: {@code application 5}, {@code licence 3}, {@code shipment 7}
 * @param step         the step
 * @param checkedAt    when
 * @param listVersions the list versions screened against, as JSON
 * @param result       the parties, their outcomes and blocks, as JSON
 * @param overrideId   the override that let a blocked party through, or null
 * @param auditSeq     the step's audit record, or null
 */
public record GateScreening(long id, String subject, GateStep step, Instant checkedAt, String listVersions,
                            String result, Long overrideId, Long auditSeq) {
}
