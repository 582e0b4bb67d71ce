package dev.clearance.server.api.response;

import java.util.List;

/**
 * Licences held.
 *
 * @param licences the licences
 */
public record LicenceList(List<LicenceView> licences) {
}
