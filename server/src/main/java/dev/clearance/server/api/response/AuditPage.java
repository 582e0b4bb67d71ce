package dev.clearance.server.api.response;

import java.util.List;

/**
 * A page of the audit trail.
 *
 * @param total   records matching the filter
 * @param offset  where the page starts
 * @param records the page's records
 */
public record AuditPage(long total, int offset, List<AuditRecordView> records) {
}
