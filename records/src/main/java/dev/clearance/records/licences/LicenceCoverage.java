package dev.clearance.records.licences;

import java.util.List;

/**
 * How one held licence relates to a shipment.
 *
 * @param licence the licence
 * @param refusals why it does not cover the shipment; empty when it covers it
 */
public record LicenceCoverage(Licence licence, List<Refusal> refusals) {

    /** Copies the list. */
    public LicenceCoverage {
        refusals = List.copyOf(refusals);
    }

    /** @return whether the licence covers the shipment */
    public boolean covers() {
        return refusals.isEmpty();
    }
}
