package dev.clearance.records.licences;

import dev.clearance.records.audit.AuditAction;

import dev.clearance.input.BadRequestException;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads the determinations licences and drawdowns rest on, inside the caller's transaction: a link must name a
 * determination's audit record, never another kind of record or none at all.
 */
final class Determinations {
    /** The request field a determination is named by. */
    static final String FIELD = "determinationAuditSeq";

    private Determinations() {
    }

    /**
     * @throws BadRequestException UNKNOWN when the linked seq names no audit record; INVALID when it names a record
     *     of another action than {@link AuditAction#DETERMINATION}
     */
    static void check(Handle h, DeterminationLink link) {
        if (!link.linked()) {
            return;
        }
        Optional<String> action = h.createQuery("SELECT action FROM audit_record WHERE seq = :seq")
                .bind("seq", link.auditSeq()).mapTo(String.class).findOne();
        if (action.isEmpty()) {
            throw new BadRequestException(BadRequestException.Kind.UNKNOWN, FIELD,
                    "no audit record " + link.auditSeq());
        }
        if (!action.get().equals(AuditAction.DETERMINATION.name())) {
            throw new BadRequestException(BadRequestException.Kind.INVALID, FIELD, "audit record "
                    + link.auditSeq() + " is " + action.get() + ", not a " + AuditAction.DETERMINATION);
        }
    }

    /** @return the determination's audit seq of the application the licence was approved on, or null */
    static Long ofApplicationFor(Handle h, long licenceId) {
        return h.createQuery("SELECT determination_audit_seq FROM licence_application WHERE licence_id = :id")
                .bind("id", licenceId).mapTo(Long.class).findFirst().orElse(null);
    }
}
