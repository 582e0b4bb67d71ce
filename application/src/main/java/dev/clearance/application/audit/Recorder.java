package dev.clearance.application.audit;

import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.application.json.JsonText;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * Formats the services' audit records (inputs and outputs as JSON, the principal, and the regime and list versions
 * the answer depended on), so every service records the same way, and hands them to the one appender,
 * {@link AuditTrail}, which the repositories' own steps (parties, alerts, applications) are appended by too; the
 * observer here sees the services' records only ({@link AuditTrail#observeAppends} sees every one).
 */
public final class Recorder {
    private final AuditTrail trail;
    private volatile Observer observer = (action, subject, outputs) -> { };

    /** Told of every record appended through the recorder (for metrics), after it is stored. */
    @FunctionalInterface
    public interface Observer {
        /**
         * @param action what was done
         * @param subject the record's subject, or null
         * @param outputs the result as the service gave it (before it was written as JSON)
         */
        void recorded(AuditAction action, String subject, Object outputs);
    }

    /** Sets who is told of each record (one observer; the last set wins). */
    public void observe(Observer recorded) {
        this.observer = java.util.Objects.requireNonNull(recorded, "recorded");
    }

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
        AuditRecord stored = trail.append(draft(principal, action, subject, inputs, outputs, regimeVersion,
                listVersions));
        observer.recorded(action, subject, outputs);
        return stored;
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
        AuditRecord stored = trail.append(handle, draft(principal, action, subject, inputs, outputs, regimeVersion,
                listVersions));
        observer.recorded(action, subject, outputs);
        return stored;
    }

    private static AuditRecord draft(String principal, AuditAction action, String subject, Object inputs,
            Object outputs, String regimeVersion, List<String> listVersions) {
        return AuditRecord.draft(principal, action, JsonText.write(inputs), JsonText.write(outputs))
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
