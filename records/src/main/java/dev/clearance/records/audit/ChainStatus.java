package dev.clearance.records.audit;

/**
 * Result of {@link AuditTrail#verify()}.
 *
 * @param ok whether the whole chain verified
 * @param recordsChecked how many records were read before stopping (all of them when ok)
 * @param firstBadSeq seq of the first bad record (for {@link Problem#REMOVED}: the first missing seq); null when ok
 * @param problem what is wrong with it; null when ok
 * @param detail human-readable explanation; null when ok
 */
public record ChainStatus(boolean ok, long recordsChecked, Long firstBadSeq, Problem problem, String detail) {

    /** Kinds of chain damage. */
    public enum Problem {
        /** A record's content no longer matches its hash. */
        EDITED,
        /** A record is missing: a seq gap, a prev_hash that matches no record, or a chain shorter than its head. */
        REMOVED,
        /** Records are out of order: a record's prev_hash names a record that is not its predecessor. */
        REORDERED
    }

    static ChainStatus valid(long checked) {
        return new ChainStatus(true, checked, null, null, null);
    }

    static ChainStatus broken(long checked, long seq, Problem problem, String detail) {
        return new ChainStatus(false, checked, seq, problem, detail);
    }
}
