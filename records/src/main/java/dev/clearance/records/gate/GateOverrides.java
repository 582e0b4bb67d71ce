package dev.clearance.records.gate;

import dev.clearance.records.FourEyesRefusedException;
import dev.clearance.records.Database;
import dev.clearance.records.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Four-eyes overrides of the screening gate: one officer requests an override for a party and a step with a reason
 * (the blocks standing then are named in it), a second, different officer confirms it, and one step uses it. Each
 * change is stored together with its audit record (the callback runs in the same transaction).
 */
public final class GateOverrides {
    private static final String COLUMNS = "id, party_key, party_name, step, blocks, reason, officer, requested_at, "
            + "confirmed_by, confirm_reason, confirmed_at, used_for, used_at";
    private final Jdbi jdbi;
    private final Clock clock;

    /** @param database the records database */
    public GateOverrides(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock    source of times
     */
    public GateOverrides(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a request for an override, pending until a second officer confirms it.
     *
     * @param blocks the blocks it covers, as JSON
     * @param also   runs in the same transaction with the stored override (its audit record)
     * @throws IllegalArgumentException without a reason
     */
    public GateOverride request(String partyKey, String partyName, GateStep step, String blocks, String reason,
                                String officer, BiConsumer<Handle, GateOverride> also) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason");
        }
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO gate_override (party_key, party_name, step, blocks, reason, officer,"
                            + " requested_at) VALUES (:pk, :name, :step, :blocks, :reason, :officer, :at)")
                    .bind("pk", partyKey).bind("name", partyName).bind("step", step.name()).bind("blocks", blocks)
                    .bind("reason", reason.trim()).bind("officer", officer).bind("at", Sql.ts(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            GateOverride o = load(h, id).orElseThrow();
            also.accept(h, o);
            return o;
        });
    }

    /**
     * A second officer confirms an override.
     *
     * @throws FourEyesRefusedException NOT_FOUND, SAME_OFFICER or ALREADY_CONFIRMED
     */
    public GateOverride confirm(long id, String officer, String remark, BiConsumer<Handle, GateOverride> also) {
        Instant now = clock.instant();
        return jdbi.inTransaction(h -> {
            GateOverride o = load(h, id).orElseThrow(() -> refused(FourEyesRefusedException.Reason.NOT_FOUND,
                    "no override " + id));
            if (o.confirmed()) {
                throw refused(FourEyesRefusedException.Reason.ALREADY_CONFIRMED,
                        "override " + id + " was confirmed by " + o.confirmedBy() + " already");
            }
            if (o.officer().equals(officer)) {
                throw refused(FourEyesRefusedException.Reason.SAME_OFFICER,
                        "override " + id + " was requested by " + officer + ": a second officer must confirm it");
            }
            int n = h.createUpdate("UPDATE gate_override SET confirmed_by = :officer, confirm_reason = :remark, "
                            + "confirmed_at = :at WHERE id = :id AND confirmed_by IS NULL")
                    .bind("officer", officer).bind("remark", remark).bind("at", Sql.ts(now)).bind("id", id).execute();
            if (n != 1) {
                throw refused(FourEyesRefusedException.Reason.ALREADY_CONFIRMED,
                        "override " + id + " was confirmed already");
            }
            GateOverride stored = load(h, id).orElseThrow();
            also.accept(h, stored);
            return stored;
        });
    }

    /** @return the override, if any */
    public Optional<GateOverride> get(long id) {
        return jdbi.withHandle(h -> load(h, id));
    }

    /**
     * Marks a confirmed override used by one step; an override lets one step through only.
     *
     * @param usedFor what it let through, e.g. {@code application 5}
     * @throws FourEyesRefusedException NOT_FOUND, NOT_CONFIRMED or ALREADY_USED
     */
    public void use(long id, String usedFor) {
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            GateOverride o = load(h, id).orElseThrow(() -> refused(FourEyesRefusedException.Reason.NOT_FOUND,
                    "no override " + id));
            if (!o.confirmed()) {
                throw refused(FourEyesRefusedException.Reason.NOT_CONFIRMED,
                        "override " + id + " waits for a second officer's confirmation");
            }
            int n = h.createUpdate("UPDATE gate_override SET used_for = :for, used_at = :at "
                            + "WHERE id = :id AND used_for IS NULL")
                    .bind("for", usedFor).bind("at", Sql.ts(now)).bind("id", id).execute();
            if (n != 1) {
                throw refused(FourEyesRefusedException.Reason.ALREADY_USED,
                        "override " + id + " was used already");
            }
        });
    }

    private static Optional<GateOverride> load(Handle h, long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM gate_override WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    private static GateOverride map(ResultSet rs) throws SQLException {
        return new GateOverride(rs.getLong("id"), rs.getString("party_key"), rs.getString("party_name"),
                GateStep.valueOf(rs.getString("step")), rs.getString("blocks"), rs.getString("reason"),
                rs.getString("officer"), Sql.instant(rs, "requested_at"), rs.getString("confirmed_by"),
                rs.getString("confirm_reason"), Sql.instant(rs, "confirmed_at"), rs.getString("used_for"),
                Sql.instant(rs, "used_at"));
    }

    /** @return the refusal of a four-eyes step on an override of the screening gate */
    private static FourEyesRefusedException refused(FourEyesRefusedException.Reason reason, String message) {
        return new FourEyesRefusedException(FourEyesRefusedException.Subject.OVERRIDE, reason, message);
    }
}
