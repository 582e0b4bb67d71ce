package dev.clearance.records.access;

import dev.clearance.records.Canonical;
import dev.clearance.records.Database;
import dev.clearance.records.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * API keys. A key reads {@code clr_<id>_<secret>}: the 16-hex-digit id is stored in clear for lookup; the secret (32
 * random bytes, base64url) is stored only as SHA-256(salt || secret) with a per-key random 16-byte salt, and
 * compared in constant time.
 */
public final class ApiKeys {
    /**
     * How long an active key is trusted without reading it again: a key revoked by another process (another server
     * on the same database) stops working within this time; one revoked through this instance at once.
     */
    static final long ACTIVE_CACHE_NANOS = 1_000_000_000L;

    private final java.util.concurrent.ConcurrentHashMap<String, Active> active =
            new java.util.concurrent.ConcurrentHashMap<>();


    /** Prefix of every plaintext key. */
    public static final String PREFIX = "clr_";

    private final Jdbi jdbi;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** @param database the records database */
    public ApiKeys(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock source of creation and revocation times
     */
    public ApiKeys(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates a key.
     *
     * @param name who or what the key is for
     * @param role its role
     * @param createdBy who creates it
     * @return the key and its plaintext, shown once
     */
    public CreatedKey create(String name, Role role, String createdBy) {
        return jdbi.inTransaction(h -> create(h, name, role, createdBy));
    }

    /**
     * Creates an admin key named {@code admin} only if no key exists at all; safe when several servers start at once.
     *
     * @return the new admin key, or empty if any key (active or revoked) already exists
     */
    public Optional<CreatedKey> ensureFirstAdmin() {
        return jdbi.inTransaction(h -> {
            h.createQuery("SELECT name FROM app_lock WHERE name = 'api_keys' FOR UPDATE").mapTo(String.class).one();
            long count = h.createQuery("SELECT COUNT(*) FROM api_key").mapTo(Long.class).one();
            if (count > 0) {
                return Optional.<CreatedKey>empty();
            }
            return Optional.of(create(h, "admin", Role.ADMIN, "system"));
        });
    }

    /**
     * @param plaintext a key as presented by a caller (may be null or malformed)
     * @return the principal if the key exists, is active and matches
     */
    public Optional<Principal> authenticate(String plaintext) {
        if (plaintext == null || !plaintext.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = plaintext.substring(PREFIX.length());
        int sep = rest.indexOf('_');
        if (sep <= 0 || sep == rest.length() - 1) {
            return Optional.empty();
        }
        String id = rest.substring(0, sep);
        String secret = rest.substring(sep + 1);
        Active key = active.get(id);
        if (key == null || System.nanoTime() - key.loadedAt() > ACTIVE_CACHE_NANOS) {
            key = jdbi.withHandle(h -> h.createQuery("SELECT name, role, salt, key_hash FROM api_key "
                            + "WHERE id = :id AND revoked_at IS NULL")
                    .bind("id", id)
                    .map((rs, ctx) -> new Active(rs.getString("salt"), rs.getString("key_hash"),
                            new Principal(rs.getString("name"), Role.valueOf(rs.getString("role"))), System.nanoTime()))
                    .findOne()
                    .orElse(null));
            if (key == null) {
                active.remove(id);
                // An unknown id costs the same hash as a known one, so timing does not tell which ids exist.
                MessageDigest.isEqual(hash("0000000000000000", secret).getBytes(StandardCharsets.US_ASCII),
                        new byte[64]);
                return Optional.empty();
            }
            active.put(id, key);
        }
        String actual = hash(key.salt(), secret);
        boolean match = MessageDigest.isEqual(key.keyHash().getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
        return match ? Optional.of(key.principal()) : Optional.empty();
    }

    /**
     * An active key's stored salt and hash (never the secret), kept for {@link #ACTIVE_CACHE_NANOS} so a request
     * does not cost a database read; a revocation through this instance drops it at once.
     */
    private record Active(String salt, String keyHash, Principal principal, long loadedAt) {
    }

    /**
     * Revokes a key; it stops authenticating at once. Revoking twice keeps the first time.
     *
     * @param id the key id
     * @return whether an active key was revoked
     */
    public boolean revoke(String id) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean revoked = jdbi.withHandle(h -> h.createUpdate("UPDATE api_key SET revoked_at = :at WHERE id = :id "
                        + "AND revoked_at IS NULL")
                .bind("at", Sql.ts(now))
                .bind("id", id)
                .execute()) == 1;
        active.remove(id);
        return revoked;
    }

    /** @return every key (active and revoked), oldest first, without secrets */
    public List<ApiKey> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, role, created_at, created_by, revoked_at "
                        + "FROM api_key ORDER BY created_at, id")
                .map((rs, ctx) -> map(rs))
                .list());
    }

    /**
     * @param id key id
     * @return the key, if it exists
     */
    public Optional<ApiKey> get(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, role, created_at, created_by, revoked_at "
                        + "FROM api_key WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    private CreatedKey create(Handle h, String name, Role role, String createdBy) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(createdBy, "createdBy");
        String id = HexFormat.of().formatHex(bytes(8));
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(32));
        String salt = HexFormat.of().formatHex(bytes(16));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        h.createUpdate("INSERT INTO api_key (id, name, role, salt, key_hash, created_at, created_by) "
                        + "VALUES (:id, :name, :role, :salt, :hash, :at, :by)")
                .bind("id", id)
                .bind("name", name)
                .bind("role", role.name())
                .bind("salt", salt)
                .bind("hash", hash(salt, secret))
                .bind("at", Sql.ts(now))
                .bind("by", createdBy)
                .execute();
        return new CreatedKey(new ApiKey(id, name, role, now, createdBy, null), PREFIX + id + "_" + secret);
    }

    private byte[] bytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String hash(String saltHex, String secret) {
        MessageDigest d = Canonical.sha256();
        d.update(HexFormat.of().parseHex(saltHex));
        d.update(secret.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(d.digest());
    }

    private static ApiKey map(ResultSet rs) throws SQLException {
        return new ApiKey(rs.getString("id"), rs.getString("name"), Role.valueOf(rs.getString("role")),
                Sql.instant(rs, "created_at"), rs.getString("created_by"), Sql.instant(rs, "revoked_at"));
    }
}
