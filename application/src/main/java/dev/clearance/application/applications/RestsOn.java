package dev.clearance.application.applications;

import dev.clearance.records.licences.DeterminationLink;

/**
 * The determination a licence or shipment rests on, and where that came from (or that it rests on none), so an
 * auditor can follow a licence or a drawdown back to the answer it was given on.
 *
 * @param determinationAuditSeq the determination's audit record, or null when it rests on none
 * @param source                GIVEN, APPLICATION, NONE, or NOT_RECORDED for rows written before links were kept
 * @param note                  the link in words
 */
public record RestsOn(Long determinationAuditSeq, String source, String note) {
    /** @return the link as the API shows it, or null when there is none to show */
    public static RestsOn of(DeterminationLink link) {
        return link == null ? null : new RestsOn(link.auditSeq(), link.source().name(), link.note());
    }
}
