package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The answer to a drawdown (also the details of its 409 {@code licence_refused}).
 *
 * @param accepted   whether the licence covers the shipment
 * @param shipmentId the shipment recorded, or null when refused
 * @param refusals   why the licence does not cover it
 * @param licence    the licence after the drawdown, or null
 * @param restsOn    the determination the shipment rests on
 * @param screening  the parties' screening at the gate
 * @param auditSeq   the audit record, or null while it is being written
 */
public record DrawdownView(boolean accepted, Long shipmentId, List<RefusalView> refusals, LicenceView licence,
                           RestsOn restsOn, DrawdownScreening screening, @JsonInclude(JsonInclude.Include.NON_NULL) Long auditSeq) {
    /** @return the answer naming its audit record */
    public DrawdownView withAuditSeq(long seq) {
        return new DrawdownView(accepted, shipmentId, refusals, licence, restsOn, screening, seq);
    }
}
