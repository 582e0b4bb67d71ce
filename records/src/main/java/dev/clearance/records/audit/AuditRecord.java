package dev.clearance.records.audit;

import dev.clearance.records.Canonical;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One audit trail entry. A <em>draft</em> (built with {@link #draft}) has no seq, time or hashes; {@link
 * AuditTrail#append} fills them in and returns the stored record.
 *
 * @param seq position in the chain, from 1; {@code null} in a draft
 * @param time when it was recorded (UTC, microsecond precision); {@code null} in a draft
 * @param principal who did it (API key name, user, or {@code system})
 * @param action what was done, usually an {@link AuditAction} name
 * @param subject optional short subject (e.g. a licence number or party key) for filtering; may be {@code null}
 * @param inputsJson the request, as JSON text (stored and hashed byte for byte)
 * @param outputsJson the result, as JSON text (stored and hashed byte for byte)
 * @param regimeVersion the control-list/regime data version used, or {@code null}
 * @param listVersions labels of the screening list versions used (see {@link dev.clearance.records.lists.ListVersion#label()}); never null
 * @param prevHash hash of the previous record (64 zeros for the first); {@code null} in a draft
 * @param hash SHA-256 over the canonical serialisation of all the fields above; {@code null} in a draft
 * @param requestId the HTTP request it answers ({@code X-Request-Id}), or {@code null}; hashed when present
 */
public record AuditRecord(
        Long seq,
        Instant time,
        String principal,
        String action,
        String subject,
        String inputsJson,
        String outputsJson,
        String regimeVersion,
        List<String> listVersions,
        String prevHash,
        String hash,
        String requestId) {

    /** A record without a request id (as every record before request ids were kept). */
    public AuditRecord(Long seq, Instant time, String principal, String action, String subject, String inputsJson,
            String outputsJson, String regimeVersion, List<String> listVersions, String prevHash, String hash) {
        this(seq, time, principal, action, subject, inputsJson, outputsJson, regimeVersion, listVersions, prevHash,
                hash, null);
    }

    /** Validates and copies. */
    public AuditRecord {
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(inputsJson, "inputsJson");
        Objects.requireNonNull(outputsJson, "outputsJson");
        listVersions = listVersions == null ? List.of() : List.copyOf(listVersions);
        for (String v : listVersions) {
            if (v.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("list version label must not contain a newline: " + v);
            }
        }
    }

    /**
     * Starts a draft to append.
     *
     * @param principal who did it
     * @param action what was done
     * @param inputsJson request JSON
     * @param outputsJson result JSON
     * @return a draft with no subject, regime or list versions
     */
    public static AuditRecord draft(String principal, String action, String inputsJson, String outputsJson) {
        return new AuditRecord(null, null, principal, action, null, inputsJson, outputsJson, null, List.of(), null, null);
    }

    /**
     * Same as {@link #draft(String, String, String, String)} with a well-known action.
     *
     * @param principal who did it
     * @param action what was done
     * @param inputsJson request JSON
     * @param outputsJson result JSON
     * @return a draft
     */
    public static AuditRecord draft(String principal, AuditAction action, String inputsJson, String outputsJson) {
        return draft(principal, action.name(), inputsJson, outputsJson);
    }

    /**
     * @param newSubject the subject, or null
     * @return a copy with this subject
     */
    public AuditRecord withSubject(String newSubject) {
        return new AuditRecord(seq, time, principal, action, newSubject, inputsJson, outputsJson, regimeVersion,
                listVersions, prevHash, hash, requestId);
    }

    /**
     * @param version the regime version, or null
     * @return a copy with this regime version
     */
    public AuditRecord withRegimeVersion(String version) {
        return new AuditRecord(seq, time, principal, action, subject, inputsJson, outputsJson, version,
                listVersions, prevHash, hash, requestId);
    }

    /**
     * @param versions list version labels
     * @return a copy with these list version labels
     */
    public AuditRecord withListVersions(List<String> versions) {
        return new AuditRecord(seq, time, principal, action, subject, inputsJson, outputsJson, regimeVersion,
                versions, prevHash, hash, requestId);
    }

    /**
     * @param id the request id, or null
     * @return a copy with this request id
     */
    public AuditRecord withRequestId(String id) {
        return new AuditRecord(seq, time, principal, action, subject, inputsJson, outputsJson, regimeVersion,
                listVersions, prevHash, hash, id);
    }

    /**
     * Computes the SHA-256 hash (lowercase hex) of the canonical serialisation of every field but {@code hash}.
     *
     * <p>Canonical form: the tag {@code clearance-audit-v1}, then each field in declaration order as
     * {@code <utf8-length>:<utf8-bytes>;} ({@code -;} for null). The time is its ISO-8601 instant text; list
     * versions are written as their count followed by each label. A request id, when present, follows the
     * previous hash as the field {@code requestId} and its value, so records without one hash as they always did.
     *
     * @return the hash this record should carry
     */
    public String computeHash() {
        Canonical c = new Canonical("clearance-audit-v1");
        c.add(seq == null ? null : seq.toString());
        c.add(time == null ? null : time.toString());
        c.add(principal);
        c.add(action);
        c.add(subject);
        c.add(inputsJson);
        c.add(outputsJson);
        c.add(regimeVersion);
        c.add(Integer.toString(listVersions.size()));
        listVersions.forEach(c::add);
        c.add(prevHash);
        if (requestId != null) {
            c.add("requestId");
            c.add(requestId);
        }
        return c.sha256Hex();
    }
}
