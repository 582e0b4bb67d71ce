package dev.clearance.records.licences;

import java.util.List;

/**
 * Outcome of {@link Licences#drawDown}.
 *
 * @param accepted whether the shipment was recorded
 * @param shipmentId id of the recorded shipment, or null when refused
 * @param licence the licence after the drawdown (or as it stands when refused); null if there is no such licence
 * @param refusals why it was refused; empty when accepted
 * @param determination the determination the drawdown rests on (or that it rests on none); null when there is no
 *     such licence
 */
public record Drawdown(boolean accepted, Long shipmentId, Licence licence, List<Refusal> refusals,
        DeterminationLink determination) {
    /** Copies the list. */
    public Drawdown {
        refusals = List.copyOf(refusals);
    }
}
