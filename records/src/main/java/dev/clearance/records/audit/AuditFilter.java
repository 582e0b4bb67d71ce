package dev.clearance.records.audit;

import java.time.Instant;

/**
 * Criteria for {@link AuditTrail#list}; every null field matches everything.
 *
 * @param principal exact principal
 * @param action exact action
 * @param subject exact subject
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 */
public record AuditFilter(String principal, String action, String subject, Instant from, Instant to) {

    /** A filter that matches every record. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    /**
     * @param p principal to match
     * @return a copy restricted to this principal
     */
    public AuditFilter withPrincipal(String p) {
        return new AuditFilter(p, action, subject, from, to);
    }

    /**
     * @param a action to match
     * @return a copy restricted to this action
     */
    public AuditFilter withAction(String a) {
        return new AuditFilter(principal, a, subject, from, to);
    }

    /**
     * @param s subject to match
     * @return a copy restricted to this subject
     */
    public AuditFilter withSubject(String s) {
        return new AuditFilter(principal, action, s, from, to);
    }

    /**
     * @param f earliest time, inclusive, or null
     * @param t latest time, exclusive, or null
     * @return a copy restricted to {@code [f, t)}
     */
    public AuditFilter between(Instant f, Instant t) {
        return new AuditFilter(principal, action, subject, f, t);
    }
}
