package dev.clearance.application.applications;

import java.util.List;

/**
 * Licences held.
 *
 * @param licences the licences
 */
public record LicenceList(List<LicenceView> licences) {
}
