package dev.clearance.records.gate;

import dev.clearance.records.Database;
import dev.clearance.records.Sql;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The screenings the gate made for each application step, licence registration and drawdown, by subject. */
public final class GateScreenings {
    private final Jdbi jdbi;
    private final Clock clock;

    /** @param database the records database */
    public GateScreenings(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock    source of times
     */
    public GateScreenings(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores a screening of a step. */
    public GateScreening add(String subject, GateStep step, String listVersions, String result, Long overrideId,
                             Long auditSeq) {
        return jdbi.inTransaction(h -> add(h, subject, step, listVersions, result, overrideId, auditSeq));
    }

    /** Stores a screening of a step inside the caller's transaction (with the step and its audit record). */
    public GateScreening add(Handle h, String subject, GateStep step, String listVersions, String result,
                             Long overrideId, Long auditSeq) {
        Instant now = clock.instant();
        long id = h.createUpdate("INSERT INTO gate_screening (subject, step, checked_at, list_versions, result, "
                        + "override_id, audit_seq) VALUES (:subject, :step, :at, :lv, :result, :override, :seq)")
                .bind("subject", subject).bind("step", step.name()).bind("at", Sql.ts(now)).bind("lv", listVersions)
                .bind("result", result).bind("override", overrideId).bind("seq", auditSeq)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return new GateScreening(id, subject, step, now, listVersions, result, overrideId, auditSeq);
    }

    /** @return the screenings of a subject, oldest first */
    public List<GateScreening> of(String subject) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, subject, step, checked_at, list_versions, result, "
                        + "override_id, audit_seq FROM gate_screening WHERE subject = :subject ORDER BY id")
                .bind("subject", subject)
                .map((rs, ctx) -> new GateScreening(rs.getLong("id"), rs.getString("subject"),
                        GateStep.valueOf(rs.getString("step")), Sql.instant(rs, "checked_at"),
                        rs.getString("list_versions"), rs.getString("result"), Sql.nullableLong(rs, "override_id"),
                        Sql.nullableLong(rs, "audit_seq")))
                .list());
    }
}
