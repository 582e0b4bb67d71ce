package dev.clearance.records;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Officers' false-positive reviews of screening hits. A review stands only while both the party data and the list
 * entry data are unchanged (same fingerprints); a reviewed hit is still shown, marked REVIEWED. Reviews are never
 * updated: a new review of the same pair supersedes the older ones, which stay as history.
 */
public final class ReviewedHits {

    private final Jdbi jdbi;
    private final Clock clock;

    /** @param database the records database */
    public ReviewedHits(Database database) {
        this(database, Clock.systemUTC());
    }

    /**
     * @param database the records database
     * @param clock source of review times
     */
    public ReviewedHits(Database database, Clock clock) {
        this.jdbi = database.jdbi();
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Records that a hit is a false positive.
     *
     * @param partyKey the party's key
     * @param partyFingerprint fingerprint of the party data reviewed
     * @param entryId the list entry id
     * @param entryFingerprint fingerprint of the entry data reviewed
     * @param reason why it is a false positive (required)
     * @param officer who decided
     * @return the stored review
     */
    public HitReview markFalsePositive(String partyKey, String partyFingerprint, String entryId,
            String entryFingerprint, String reason, String officer) {
        Objects.requireNonNull(partyKey, "partyKey");
        Objects.requireNonNull(partyFingerprint, "partyFingerprint");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(entryFingerprint, "entryFingerprint");
        Objects.requireNonNull(officer, "officer");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a review needs a reason");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        long id = jdbi.withHandle(h -> h.createUpdate("INSERT INTO reviewed_hit (party_key, party_fingerprint, "
                        + "entry_id, entry_fingerprint, reason, officer, reviewed_at) VALUES (:pk, :pf, :eid, :ef, "
                        + ":reason, :officer, :at)")
                .bind("pk", partyKey)
                .bind("pf", partyFingerprint)
                .bind("eid", entryId)
                .bind("ef", entryFingerprint)
                .bind("reason", reason)
                .bind("officer", officer)
                .bind("at", Sql.ts(now))
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one());
        return new HitReview(id, partyKey, partyFingerprint, entryId, entryFingerprint, reason, officer, now);
    }

    /**
     * Status of a hit for a party known by key: REVIEWED if the latest review of (party key, entry id) has both
     * fingerprints equal to the current ones, STALE if either differs, NOT_REVIEWED if there is none.
     *
     * @param partyKey the party's key
     * @param partyFingerprint fingerprint of the party data now
     * @param entryId the list entry id
     * @param entryFingerprint fingerprint of the entry data now
     * @return the status
     */
    public ReviewStatus lookup(String partyKey, String partyFingerprint, String entryId, String entryFingerprint) {
        Optional<HitReview> latest = jdbi.withHandle(h -> h.createQuery("SELECT * FROM reviewed_hit "
                        + "WHERE party_key = :pk AND entry_id = :eid ORDER BY reviewed_at DESC, id DESC LIMIT 1")
                .bind("pk", partyKey)
                .bind("eid", entryId)
                .map((rs, ctx) -> map(rs))
                .findOne());
        return latest.map(r -> status(r, partyFingerprint, entryFingerprint)).orElse(ReviewStatus.NONE);
    }

    /**
     * Status of a hit for a party known only by its data (ad-hoc screening): the latest review of the same party
     * fingerprint and entry id; REVIEWED if the entry fingerprint is unchanged, STALE if not. A party whose data
     * changed has another fingerprint, so it is NOT_REVIEWED here; use the keyed lookup to see STALE for it.
     *
     * @param partyFingerprint fingerprint of the party data now
     * @param entryId the list entry id
     * @param entryFingerprint fingerprint of the entry data now
     * @return the status
     */
    public ReviewStatus lookup(String partyFingerprint, String entryId, String entryFingerprint) {
        Optional<HitReview> latest = jdbi.withHandle(h -> h.createQuery("SELECT * FROM reviewed_hit "
                        + "WHERE party_fingerprint = :pf AND entry_id = :eid ORDER BY reviewed_at DESC, id DESC LIMIT 1")
                .bind("pf", partyFingerprint)
                .bind("eid", entryId)
                .map((rs, ctx) -> map(rs))
                .findOne());
        return latest.map(r -> status(r, partyFingerprint, entryFingerprint)).orElse(ReviewStatus.NONE);
    }

    /**
     * @param partyKey the party's key
     * @return every review of that party, newest first
     */
    public List<HitReview> history(String partyKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM reviewed_hit WHERE party_key = :pk "
                        + "ORDER BY reviewed_at DESC, id DESC")
                .bind("pk", partyKey)
                .map((rs, ctx) -> map(rs))
                .list());
    }

    private static ReviewStatus status(HitReview r, String partyFingerprint, String entryFingerprint) {
        boolean partyChanged = !r.partyFingerprint().equals(partyFingerprint);
        boolean entryChanged = !r.entryFingerprint().equals(entryFingerprint);
        if (!partyChanged && !entryChanged) {
            return new ReviewStatus(ReviewStatus.State.REVIEWED, r, false, false);
        }
        return new ReviewStatus(ReviewStatus.State.STALE, r, partyChanged, entryChanged);
    }

    private static HitReview map(ResultSet rs) throws SQLException {
        return new HitReview(rs.getLong("id"), rs.getString("party_key"), rs.getString("party_fingerprint"),
                rs.getString("entry_id"), rs.getString("entry_fingerprint"), rs.getString("reason"),
                rs.getString("officer"), Sql.instant(rs, "reviewed_at"));
    }
}
