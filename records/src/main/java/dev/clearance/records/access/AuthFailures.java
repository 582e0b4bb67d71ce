package dev.clearance.records.access;

import dev.clearance.records.Database;
import dev.clearance.records.Sql;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Failed authentications per caller address, counted in the database so every server sharing it counts the same
 * failures: an address blocked on one server is blocked on all, and the limit holds for the sum of the servers.
 */
public final class AuthFailures {
    private final Jdbi jdbi;

    /** @param database the records database */
    public AuthFailures(Database database) {
        this.jdbi = database.jdbi();
    }

    /**
     * Counts one failure; blocks the address when it reached {@code maxFailures} within {@code window}.
     *
     * @param address the caller's address
     * @param now the time of the failure
     * @return until when the address is blocked, when it is (now or already)
     */
    public Optional<Instant> failed(String address, Instant now, int maxFailures, Duration window, Duration block) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        try {
            return jdbi.inTransaction(h -> count(h, address, at, maxFailures, window, block));
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            // another server inserted the address's first failure at the same moment: count on its row
            return jdbi.inTransaction(h -> count(h, address, at, maxFailures, window, block));
        }
    }

    private static Optional<Instant> count(Handle h, String address, Instant now, int maxFailures, Duration window,
            Duration block) {
        record Row(Instant windowStart, int failures, Instant blockedUntil) {
        }
        Row row = h.createQuery("SELECT window_start, failures, blocked_until FROM auth_failure WHERE address = :a "
                        + "FOR UPDATE")
                .bind("a", address)
                .map((rs, ctx) -> new Row(Sql.instant(rs, "window_start"), rs.getInt("failures"),
                        Sql.instant(rs, "blocked_until")))
                .findOne().orElse(null);
        if (row == null) {
            Instant until = maxFailures <= 1 ? now.plus(block) : null;
            h.createUpdate("INSERT INTO auth_failure (address, window_start, failures, blocked_until) "
                            + "VALUES (:a, :now, :n, :until)")
                    .bind("a", address).bind("now", Sql.ts(now)).bind("n", until == null ? 1 : 0)
                    .bind("until", Sql.ts(until)).execute();
            return Optional.ofNullable(until);
        }
        boolean fresh = row.windowStart().isBefore(now.minus(window));
        int failures = (fresh ? 0 : row.failures()) + 1;
        Instant until = row.blockedUntil() != null && row.blockedUntil().isAfter(now) ? row.blockedUntil() : null;
        if (failures >= maxFailures) {
            until = now.plus(block);
            failures = 0;
        }
        h.createUpdate("UPDATE auth_failure SET window_start = :start, failures = :n, blocked_until = :until "
                        + "WHERE address = :a")
                .bind("start", Sql.ts(fresh ? now : row.windowStart())).bind("n", failures)
                .bind("until", Sql.ts(until)).bind("a", address).execute();
        return Optional.ofNullable(until);
    }

    /**
     * @param now the time asked about
     * @return every address blocked at {@code now}, with until when
     */
    public Map<String, Instant> blocked(Instant now) {
        return jdbi.withHandle(h -> {
            Map<String, Instant> out = new HashMap<>();
            h.createQuery("SELECT address, blocked_until FROM auth_failure WHERE blocked_until > :now")
                    .bind("now", Sql.ts(now.truncatedTo(ChronoUnit.MICROS)))
                    .map((rs, ctx) -> Map.entry(rs.getString(1), Sql.instant(rs, "blocked_until")))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }
}
