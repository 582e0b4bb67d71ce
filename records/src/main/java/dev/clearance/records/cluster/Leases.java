package dev.clearance.records.cluster;

import dev.clearance.records.Database;
import dev.clearance.records.Sql;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Named leases shared by every server on one database: work that one server at a time must do (fetching list
 * updates) is done by the lease's holder. A lease lapses unless its holder renews it, so a server that dies holding
 * one blocks the work only until the lease expires. Taking a lease is one conditional UPDATE, atomic on H2 and
 * PostgreSQL alike: of two servers asking at once, exactly one gets it.
 */
public final class Leases {
    private final Jdbi jdbi;
    private final Clock clock;

    /** @param database the records database */
    public Leases(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock time source (expiry)
     */
    public Leases(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Takes the lease when it is free, lapsed or already this holder's (then renews it).
     *
     * @param name the lease
     * @param holder who asks (a server id)
     * @param ttl how long it is held unless renewed
     * @return whether the holder now holds it
     */
    public boolean tryAcquire(String name, String holder, Duration ttl) {
        Instant now = now();
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM cluster_lease WHERE name = :n").bind("n", name)
                    .mapTo(Integer.class).one() == 0) {
                try {
                    h.createUpdate("INSERT INTO cluster_lease (name) VALUES (:n) ON CONFLICT DO NOTHING")
                            .bind("n", name).execute();
                } catch (RuntimeException e) {
                    if (!Sql.isUniqueViolation(e)) {
                        throw e;
                    }
                }
            }
            return h.createUpdate("UPDATE cluster_lease SET holder = :holder, expires_at = :until WHERE name = :n "
                            + "AND (holder IS NULL OR holder = :holder OR expires_at < :now)")
                    .bind("holder", holder).bind("until", Sql.ts(now.plus(ttl))).bind("n", name)
                    .bind("now", Sql.ts(now)).execute() == 1;
        });
    }

    /**
     * Extends a lease its holder still holds.
     *
     * @return false when the holder lost it (it lapsed and another took it)
     */
    public boolean renew(String name, String holder, Duration ttl) {
        Instant now = now();
        return jdbi.withHandle(h -> h.createUpdate("UPDATE cluster_lease SET expires_at = :until "
                        + "WHERE name = :n AND holder = :holder")
                .bind("until", Sql.ts(now.plus(ttl))).bind("n", name).bind("holder", holder).execute()) == 1;
    }

    /**
     * Gives a lease up, noting when the work it guarded was last done ({@link #doneAt}).
     *
     * @param done whether the work was done (then {@code done_at} is now)
     */
    public void release(String name, String holder, boolean done) {
        Instant now = now();
        jdbi.useHandle(h -> h.createUpdate("UPDATE cluster_lease SET holder = NULL, expires_at = NULL"
                        + (done ? ", done_at = :now" : "") + " WHERE name = :n AND holder = :holder")
                .bind("now", Sql.ts(now)).bind("n", name).bind("holder", holder).execute());
    }

    /** @return when a holder last released the lease with its work done, if ever */
    public Optional<Instant> doneAt(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT done_at FROM cluster_lease WHERE name = :n")
                .bind("n", name).map((rs, ctx) -> Sql.instant(rs, "done_at")).findOne()
                .flatMap(Optional::ofNullable));
    }

    /** @return who holds the lease now (not lapsed), if anyone */
    public Optional<String> holder(String name) {
        Instant now = now();
        return jdbi.withHandle(h -> h.createQuery("SELECT holder FROM cluster_lease WHERE name = :n "
                        + "AND holder IS NOT NULL AND expires_at >= :now")
                .bind("n", name).bind("now", Sql.ts(now)).mapTo(String.class).findOne());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
