package dev.clearance.server.api.response;

import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.audit.ChainStatus;

/**
 * A walk of the audit trail's hash chain: whether it holds, and where it first breaks.
 *
 * @param ok             whether every record is as written
 * @param recordsChecked records walked
 * @param firstBadSeq    the first record edited, removed or reordered, or null
 * @param problem        the kind of damage, or null
 * @param detail         the damage in words, or null
 * @param headSeq        the chain's last record
 * @param headHash       its hash
 */
public record ChainCheck(boolean ok, long recordsChecked, Long firstBadSeq, String problem, String detail,
                         long headSeq, String headHash) {
    /** @return the walk as the API and the CLI show it */
    public static ChainCheck of(ChainStatus s, AuditTrail.ChainHead head) {
        return new ChainCheck(s.ok(), s.recordsChecked(), s.firstBadSeq(),
                s.problem() == null ? null : s.problem().name(), s.detail(), head.seq(), head.hash());
    }
}
