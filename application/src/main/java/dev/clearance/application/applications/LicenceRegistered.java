package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * The answer to a licence registration: the licence, its consignees' screening, and its audit record (left out of
 * the audit record itself).
 *
 * @param licence   the licence registered
 * @param screening the consignees' screening at the gate
 * @param auditSeq  the audit record, or null while it is being written
 */
public record LicenceRegistered(@JsonUnwrapped LicenceView licence, GateResultView screening,
                                @JsonInclude(JsonInclude.Include.NON_NULL) Long auditSeq) {
    /** @return the answer naming its audit record */
    public LicenceRegistered withAuditSeq(long seq) {
        return new LicenceRegistered(licence, screening, seq);
    }
}
