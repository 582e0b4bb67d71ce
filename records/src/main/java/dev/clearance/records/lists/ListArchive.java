package dev.clearance.records.lists;

import dev.clearance.records.Database;
import dev.clearance.records.Sql;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * What each accepted list version held (its files, and each entry's fingerprint), its delta against the version
 * before, and the loads that were refused. An accepted version is written in one transaction with its entries,
 * delta and files, so a crash never leaves a version that cannot be served again or compared.
 */
public final class ListArchive {
    /** Kinds of change in a delta. */
    public enum Change { ADDED, CHANGED, REMOVED }

    /**
     * One file of a version.
     *
     * @param location path or URL it was read from
     * @param content its bytes
     */
    public record StoredFile(String location, byte[] content) {
    }

    /**
     * A version to accept.
     *
     * @param sourceName list name
     * @param format file format
     * @param location path(s) or URL(s), comma-separated
     * @param checksum SHA-256 hex of the content
     * @param entryCount entries loaded
     * @param problemCount records refused by the loader
     * @param loadedBy who loaded it
     * @param etag HTTP ETag it was fetched with, or null
     * @param lastModified HTTP Last-Modified it was fetched with, or null
     * @param fingerprints entry id → fingerprint
     * @param files the files, primary first
     */
    public record NewVersion(String sourceName, String format, String location, String checksum, int entryCount,
            int problemCount, String loadedBy, String etag, String lastModified, Map<String, String> fingerprints,
            List<StoredFile> files) {
    }

    /**
     * What an accepted version adds to its {@link ListVersion}.
     *
     * @param versionId the version
     * @param previousId the accepted version of the same list before it, or null for the first
     * @param etag HTTP ETag, or null
     * @param lastModified HTTP Last-Modified, or null
     * @param added entries added
     * @param changed entries changed
     * @param removed entries removed
     */
    public record Detail(long versionId, Long previousId, String etag, String lastModified, int added, int changed,
            int removed) {
    }

    /**
     * A version's delta, entry ids by kind, each sorted.
     *
     * @param detail the version's counts and predecessor
     * @param added ids added
     * @param changed ids whose fingerprint changed
     * @param removed ids removed
     */
    public record Delta(Detail detail, List<String> added, List<String> changed, List<String> removed) {
    }

    /**
     * A refused load.
     *
     * @param id refusal id
     * @param sourceName list name
     * @param format file format
     * @param location path(s) or URL(s)
     * @param attemptedAt when
     * @param checksum SHA-256 of what was read, or null when nothing was
     * @param entryCount entries it would have had, or null when it did not load
     * @param lastGoodId the version kept in use, or null when there was none
     * @param reasons why it was refused
     * @param loadedBy who asked
     */
    public record Refusal(long id, String sourceName, String format, String location, Instant attemptedAt,
            String checksum, Integer entryCount, Long lastGoodId, List<String> reasons, String loadedBy) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    /** @param database the records database */
    public ListArchive(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock source of times
     */
    public ListArchive(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Stores a new version with its entries, files and delta, in one transaction.
     *
     * @param v the version
     * @param previousId the accepted version it follows, or null
     * @param added ids added
     * @param changed ids changed
     * @param removed ids removed
     * @return the stored version
     */
    public ListVersion accept(NewVersion v, Long previousId, List<String> added, List<String> changed,
            List<String> removed) {
        if (v.checksum() == null || !v.checksum().matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("checksum must be 64 lowercase hex digits");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return jdbi.inTransaction(h -> {
            ListVersion stored = ListVersions.insert(h, v.sourceName(), v.format(), v.location(), now, v.checksum(),
                    v.entryCount(), v.problemCount(), v.loadedBy());
            StringBuilder fps = new StringBuilder(v.fingerprints().size() * 90);
            v.fingerprints().forEach((id, fp) -> fps.append(id.replace('\t', ' ').replace('\n', ' ')).append('\t')
                    .append(fp).append('\n'));
            h.createUpdate("INSERT INTO list_version_detail (version_id, previous_id, etag, last_modified, "
                            + "added_count, changed_count, removed_count, fingerprints) "
                            + "VALUES (:v, :p, :e, :m, :a, :c, :r, :f)")
                    .bind("v", stored.id()).bind("p", previousId).bind("e", v.etag()).bind("m", v.lastModified())
                    .bind("a", added.size()).bind("c", changed.size()).bind("r", removed.size())
                    .bind("f", pack(fps.toString().getBytes(StandardCharsets.UTF_8)))
                    .execute();
            if (previousId != null) {
                PreparedBatch changes = h.prepareBatch("INSERT INTO list_version_change (version_id, entry_id, "
                        + "kind) VALUES (:v, :id, :k)");
                int n = addChanges(changes, stored.id(), Change.ADDED, added)
                        + addChanges(changes, stored.id(), Change.CHANGED, changed)
                        + addChanges(changes, stored.id(), Change.REMOVED, removed);
                if (n > 0) {
                    changes.execute();
                }
            }
            int ordinal = 0;
            for (StoredFile f : v.files()) {
                h.createUpdate("INSERT INTO list_version_content (version_id, ordinal, location, content) "
                                + "VALUES (:v, :o, :l, :c)")
                        .bind("v", stored.id()).bind("o", ordinal++).bind("l", f.location())
                        .bind("c", pack(f.content())).execute();
            }
            return stored;
        });
    }

    private static int addChanges(PreparedBatch b, long version, Change kind, List<String> ids) {
        ids.forEach(id -> b.bind("v", version).bind("id", id).bind("k", kind.name()).add());
        return ids.size();
    }

    /**
     * @param sourceName list name
     * @return its latest accepted version that can be served again (has its files stored)
     */
    public Optional<ListVersion> lastAccepted(String sourceName) {
        return jdbi.withHandle(h -> h.createQuery("SELECT v.* FROM list_version v JOIN list_version_detail d "
                        + "ON d.version_id = v.id WHERE v.source_name = :s ORDER BY v.id DESC LIMIT 1")
                .bind("s", sourceName)
                .map((rs, ctx) -> ListVersions.map(rs))
                .findOne());
    }

    /** @return the version's detail, if it was accepted through the archive */
    public Optional<Detail> detail(long versionId) {
        return jdbi.withHandle(h -> detail(h, versionId));
    }

    private static Optional<Detail> detail(Handle h, long versionId) {
        return h.createQuery("SELECT * FROM list_version_detail WHERE version_id = :v")
                .bind("v", versionId)
                .map((rs, ctx) -> new Detail(rs.getLong("version_id"), Sql.nullableLong(rs, "previous_id"),
                        rs.getString("etag"), rs.getString("last_modified"), rs.getInt("added_count"),
                        rs.getInt("changed_count"), rs.getInt("removed_count")))
                .findOne();
    }

    /** @return entry id → fingerprint of a version, in the version's order (empty if unknown) */
    public Map<String, String> fingerprints(long versionId) {
        return jdbi.withHandle(h -> fingerprints(h, versionId));
    }

    private static Map<String, String> fingerprints(Handle h, long versionId) {
        Map<String, String> out = new LinkedHashMap<>();
        h.createQuery("SELECT fingerprints FROM list_version_detail WHERE version_id = :v")
                .bind("v", versionId)
                .mapTo(String.class)
                .findOne()
                .ifPresent(packed -> new String(unpack(packed), StandardCharsets.UTF_8).lines().forEach(line -> {
                    int tab = line.lastIndexOf('\t');
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }));
        return out;
    }

    /** @return the version's files, primary first (empty if not stored) */
    public List<StoredFile> files(long versionId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT location, content FROM list_version_content "
                        + "WHERE version_id = :v ORDER BY ordinal")
                .bind("v", versionId)
                .map((rs, ctx) -> new StoredFile(rs.getString(1), unpack(rs.getString(2))))
                .list());
    }

    /** @return the version's delta against the one before it, if it was accepted through the archive */
    public Optional<Delta> delta(long versionId) {
        return jdbi.withHandle(h -> detail(h, versionId).map(d -> {
            if (d.previousId() == null) {
                // A first version adds every entry; its ids are its fingerprints' keys.
                return new Delta(d, fingerprints(h, versionId).keySet().stream().sorted().toList(), List.of(),
                        List.of());
            }
            Map<String, List<String>> byKind = new LinkedHashMap<>();
            for (Change c : Change.values()) {
                byKind.put(c.name(), new ArrayList<>());
            }
            h.createQuery("SELECT entry_id, kind FROM list_version_change WHERE version_id = :v ORDER BY entry_id")
                    .bind("v", versionId)
                    .map((rs, ctx) -> Map.entry(rs.getString(2), rs.getString(1)))
                    .forEach(e -> byKind.get(e.getKey()).add(e.getValue()));
            return new Delta(d, byKind.get("ADDED"), byKind.get("CHANGED"), byKind.get("REMOVED"));
        }));
    }

    /**
     * Records a refused load.
     *
     * @return the stored refusal
     */
    public Refusal refuse(String sourceName, String format, String location, String checksum, Integer entryCount,
            Long lastGoodId, List<String> reasons, String loadedBy) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String text = String.join("\n", reasons);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO list_load_refusal (source_name, format, location, "
                        + "attempted_at, checksum, entry_count, last_good_id, reasons, loaded_by) VALUES (:s, :f, :l, "
                        + ":at, :c, :e, :g, :r, :by)")
                .bind("s", sourceName).bind("f", format).bind("l", location).bind("at", Sql.ts(now))
                .bind("c", checksum).bind("e", entryCount).bind("g", lastGoodId).bind("r", text).bind("by", loadedBy)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        return new Refusal(id, sourceName, format, location, now, checksum, entryCount, lastGoodId,
                List.copyOf(reasons), loadedBy);
    }

    /** @return the latest refused loads, newest first */
    public List<Refusal> refusals(int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM list_load_refusal ORDER BY id DESC LIMIT :n")
                .bind("n", limit)
                .map((rs, ctx) -> new Refusal(rs.getLong("id"), rs.getString("source_name"), rs.getString("format"),
                        rs.getString("location"), Sql.instant(rs, "attempted_at"), rs.getString("checksum"),
                        (Integer) rs.getObject("entry_count", Integer.class), Sql.nullableLong(rs, "last_good_id"),
                        List.of(rs.getString("reasons").split("\n")), rs.getString("loaded_by")))
                .list());
    }

    private static String pack(byte[] content) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(Math.max(64, content.length / 4));
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(buf.toByteArray());
    }

    private static byte[] unpack(String stored) {
        try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(stored)))) {
            return gz.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
