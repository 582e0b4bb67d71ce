package dev.clearance.records;

import java.time.Instant;

/**
 * An officer's finding that a screening hit is a false positive.
 *
 * @param id database id
 * @param partyKey the screened party's key (e.g. customer id)
 * @param partyFingerprint {@link Fingerprints#party} of the party data reviewed
 * @param entryId list entry id (e.g. {@code OFAC-SDN:12345})
 * @param entryFingerprint {@link Fingerprints#entry} of the entry data reviewed
 * @param reason the officer's reason
 * @param officer who reviewed it
 * @param reviewedAt when
 */
public record HitReview(long id, String partyKey, String partyFingerprint, String entryId, String entryFingerprint,
        String reason, String officer, Instant reviewedAt) {
}
