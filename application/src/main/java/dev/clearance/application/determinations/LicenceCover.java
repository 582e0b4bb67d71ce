package dev.clearance.application.determinations;

import dev.clearance.application.applications.LicenceView;
import dev.clearance.application.applications.RefusalView;
import dev.clearance.determination.Determination;
import dev.clearance.determination.ExportRequest;
import dev.clearance.records.licences.LicenceCoverage;
import dev.clearance.records.licences.Licences;
import dev.clearance.records.licences.ShipmentRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Which held licence covers an export, and why each other one does not. */
public final class LicenceCover {
    private final Licences licences;

    /** @param licences the licences held */
    public LicenceCover(Licences licences) {
        this.licences = licences;
    }

    /**
     * @param consignee the consignee named, or null (the end user's name, else none, is checked)
     * @param quantity  the quantity shipped, or null (none)
     * @return {@code needed: false} when the determination needs no licence or names no item, else every licence
     *     checked and the first that covers the export
     */
    public DeterminationAnswer.Coverage of(ExportRequest r, Determination d, String consignee, BigDecimal quantity) {
        if (!d.licenceRequired() || r.item() == null) {
            return DeterminationAnswer.Coverage.notNeeded();
        }
        String to = consignee != null ? consignee : r.endUser() == null ? "" : r.endUser().name();
        BigDecimal value = r.value();
        ShipmentRequest shipment = new ShipmentRequest(r.from(), r.item(), r.to(), to,
                quantity == null ? BigDecimal.ZERO : quantity, value == null ? BigDecimal.ZERO : value, r.date(),
                null);
        List<DeterminationAnswer.LicenceCoverage> checked = new ArrayList<>();
        DeterminationAnswer.LicenceCoverage covering = null;
        for (LicenceCoverage c : licences.findCovering(shipment)) {
            DeterminationAnswer.LicenceCoverage l = new DeterminationAnswer.LicenceCoverage(
                    LicenceView.of(c.licence()), c.covers(), RefusalView.of(c.refusals()));
            checked.add(l);
            if (covering == null && c.covers()) {
                covering = l;
            }
        }
        return new DeterminationAnswer.Coverage(true, new DeterminationAnswer.Found(covering, checked));
    }
}
