package dev.clearance.application.applications;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;

/**
 * One licence with its shipments and what it rests on: its consignees' screenings (at registration, or at the
 * approval that made it) and the application it was approved on.
 *
 * @param licence       the licence
 * @param shipments     its shipments
 * @param screenings    its screenings at the gate
 * @param applicationId the application it was approved on, or null
 */
public record LicenceDetail(@JsonUnwrapped LicenceView licence, List<ShipmentView> shipments,
                            List<GateScreeningView> screenings, Long applicationId) {
}
