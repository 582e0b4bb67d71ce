package dev.clearance.application.applications;

import dev.clearance.records.licences.Refusal;
import java.util.List;

/**
 * Why a licence does not cover a shipment.
 *
 * @param reason the reason's code
 * @param detail the reason in words
 */
public record RefusalView(String reason, String detail) {
    /** @return each refusal as the API shows it */
    public static List<RefusalView> of(List<Refusal> refusals) {
        return refusals.stream().map(r -> new RefusalView(r.reason().name(), r.detail())).toList();
    }
}
