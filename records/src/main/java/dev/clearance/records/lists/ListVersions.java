package dev.clearance.records.lists;

import dev.clearance.records.Canonical;
import dev.clearance.records.Database;
import dev.clearance.records.Sql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The history of restricted-party list loads, so every screening can name the exact list data it used. */
public final class ListVersions {

    private final Jdbi jdbi;
    private final Clock clock;

    /** @param database the records database */
    public ListVersions(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock source of load times
     */
    public ListVersions(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records a list load.
     *
     * @param sourceName list name
     * @param format file format
     * @param location path or URL
     * @param checksum SHA-256 hex of the bytes (see {@link #sha256(byte[])}, {@link #sha256(Path)})
     * @param entryCount entries loaded
     * @param problemCount problems met
     * @param loadedBy who loaded it
     * @return the stored version
     */
    public ListVersion record(String sourceName, String format, String location, String checksum, int entryCount,
            int problemCount, String loadedBy) {
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(loadedBy, "loadedBy");
        if (checksum == null || !checksum.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("checksum must be 64 lowercase hex digits");
        }
        if (entryCount < 0 || problemCount < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbi.withHandle(h -> insert(h, sourceName, format, location, now, checksum, entryCount, problemCount,
                loadedBy));
    }

    /** Inserts a version row on an open handle (so {@link ListArchive} can add its details in the same transaction). */
    static ListVersion insert(org.jdbi.v3.core.Handle h, String sourceName, String format, String location,
            Instant now, String checksum, int entryCount, int problemCount, String loadedBy) {
        long id = h.createUpdate("INSERT INTO list_version (source_name, format, location, "
                        + "loaded_at, checksum, entry_count, problem_count, loaded_by) VALUES (:s, :f, :l, :at, :c, "
                        + ":e, :p, :by)")
                .bind("s", sourceName)
                .bind("f", format)
                .bind("l", location)
                .bind("at", Sql.ts(now))
                .bind("c", checksum)
                .bind("e", entryCount)
                .bind("p", problemCount)
                .bind("by", loadedBy)
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        return new ListVersion(id, sourceName, format, location, now, checksum, entryCount, problemCount, loadedBy);
    }

    /**
     * @param sourceName list name
     * @return its most recent load
     */
    public Optional<ListVersion> latest(String sourceName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM list_version WHERE source_name = :s "
                        + "ORDER BY loaded_at DESC, id DESC LIMIT 1")
                .bind("s", sourceName)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    /** @return the most recent load of every list, by source name */
    public List<ListVersion> current() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM list_version v WHERE v.id = (SELECT MAX(x.id) "
                        + "FROM list_version x WHERE x.source_name = v.source_name) ORDER BY v.source_name")
                .map((rs, ctx) -> map(rs))
                .list());
    }

    /** @return every load, newest first */
    public List<ListVersion> history() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM list_version ORDER BY loaded_at DESC, id DESC")
                .map((rs, ctx) -> map(rs))
                .list());
    }

    /**
     * @param id version id
     * @return that load
     */
    public Optional<ListVersion> get(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM list_version WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> map(rs))
                .findOne());
    }

    /**
     * @param bytes list file content
     * @return its SHA-256, lowercase hex
     */
    public static String sha256(byte[] bytes) {
        return Canonical.sha256Hex(bytes);
    }

    /**
     * @param file list file
     * @return its SHA-256, lowercase hex, streamed
     */
    public static String sha256(Path file) {
        MessageDigest d = Canonical.sha256();
        byte[] buf = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(d.digest());
    }

    static ListVersion map(ResultSet rs) throws SQLException {
        return new ListVersion(rs.getLong("id"), rs.getString("source_name"), rs.getString("format"),
                rs.getString("location"), Sql.instant(rs, "loaded_at"), rs.getString("checksum"),
                rs.getInt("entry_count"), rs.getInt("problem_count"), rs.getString("loaded_by"));
    }
}
