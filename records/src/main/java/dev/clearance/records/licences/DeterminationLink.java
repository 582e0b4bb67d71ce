package dev.clearance.records.licences;

import java.util.Objects;

/**
 * The determination a licence or a drawdown rests on: the audit record of that determination, and where the link
 * came from. A link is never invented: with no determination given and none to take from an application, it says
 * it rests on none.
 *
 * @param auditSeq the determination's audit record ({@link dev.clearance.records.audit.AuditAction#DETERMINATION}), or null when it rests on none
 * @param source where the link came from
 */
public record DeterminationLink(Long auditSeq, Source source) {

    /** Where a link came from. */
    public enum Source {
        /** The caller named the determination's audit record. */
        GIVEN("the determination named when it was recorded"),
        /** Taken from the application the licence was approved on. */
        APPLICATION("the determination of the application the licence was approved on"),
        /** No determination was given and none could be taken from an application. */
        NONE("rests on no determination: none was given and the licence came from no application that had one"),
        /** Recorded before links were kept: whether it rested on one is not known. */
        NOT_RECORDED("recorded before the determination it rests on was kept: not known");

        private final String note;

        Source(String note) {
            this.note = note;
        }

        /** @return what the source means, for the view */
        public String note() {
            return note;
        }
    }

    /** Validates: a seq with GIVEN and APPLICATION, none otherwise. */
    public DeterminationLink {
        Objects.requireNonNull(source, "source");
        boolean needsSeq = source == Source.GIVEN || source == Source.APPLICATION;
        if (needsSeq != (auditSeq != null)) {
            throw new IllegalArgumentException(source + " link " + (needsSeq ? "needs" : "has no") + " audit seq");
        }
    }

    /** @return a link to the determination the caller named */
    public static DeterminationLink given(long auditSeq) {
        return new DeterminationLink(auditSeq, Source.GIVEN);
    }

    /** @return a link taken from an application: to its determination, or none when it recorded none */
    public static DeterminationLink fromApplication(Long auditSeq) {
        return auditSeq == null ? none() : new DeterminationLink(auditSeq, Source.APPLICATION);
    }

    /** @return rests on no determination */
    public static DeterminationLink none() {
        return new DeterminationLink(null, Source.NONE);
    }

    /** @return whether it names a determination */
    public boolean linked() {
        return auditSeq != null;
    }

    /** @return the note the view shows: where the link came from, or that there is none */
    public String note() {
        return source.note();
    }

    static DeterminationLink read(Long auditSeq, String source) {
        return source == null ? new DeterminationLink(null, Source.NOT_RECORDED)
                : new DeterminationLink(auditSeq, Source.valueOf(source));
    }
}
