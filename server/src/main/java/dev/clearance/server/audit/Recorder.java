package dev.clearance.server.audit;

import dev.clearance.records.AuditAction;
import dev.clearance.records.AuditRecord;
import dev.clearance.records.AuditTrail;
import dev.clearance.server.http.Json;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Appends audit records for the services: inputs and outputs as JSON, the principal, and the regime and list
 * versions the answer depended on. One place, so every service records the same way.
 */
public final class Recorder {
    private final AuditTrail trail;

    /** @param trail the audit trail */
    public Recorder(AuditTrail trail) {
        this.trail = trail;
    }

    /**
     * Appends one record.
     *
     * @param principal who acted
     * @param action what was done
     * @param subject short subject for filtering, or null
     * @param inputs the request (any JSON-serialisable value)
     * @param outputs the result
     * @param regimeVersion regime data version used, or null
     * @param listVersions list version labels used
     * @return the stored record
     */
    public AuditRecord record(String principal, AuditAction action, String subject, Object inputs, Object outputs,
            String regimeVersion, List<String> listVersions) {
        return trail.append(draft(principal, action, subject, inputs, outputs, regimeVersion, listVersions));
    }

    /**
     * Appends one record inside the caller's transaction, so it commits with the effect it records (e.g. a
     * drawdown) or not at all.
     *
     * @param handle a handle with an open transaction
     * @return the stored record
     */
    public AuditRecord record(Handle handle, String principal, AuditAction action, String subject, Object inputs,
            Object outputs, String regimeVersion, List<String> listVersions) {
        return trail.append(handle, draft(principal, action, subject, inputs, outputs, regimeVersion, listVersions));
    }

    private static AuditRecord draft(String principal, AuditAction action, String subject, Object inputs,
            Object outputs, String regimeVersion, List<String> listVersions) {
        return AuditRecord.draft(principal, action, Json.write(inputs), Json.write(outputs))
                .withSubject(subject == null ? null : truncate(subject))
                .withRegimeVersion(regimeVersion)
                .withListVersions(listVersions == null ? List.of() : listVersions);
    }

    /** @return the trail written to */
    public AuditTrail trail() {
        return trail;
    }

    private static String truncate(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
