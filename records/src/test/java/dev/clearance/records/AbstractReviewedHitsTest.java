package dev.clearance.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

abstract class AbstractReviewedHitsTest extends DatabaseTest {

    static final String PARTY = Fingerprints.party("Ivan Petrov", "RU", "1970-01-02");
    static final String ENTRY = Fingerprints.entry(List.of("PETROV, Ivan", "Ivan Petroff"), List.of("RU"),
            List.of("1965-03-04"));

    @Test
    void unreviewedHitIsNotReviewed() {
        ReviewedHits hits = new ReviewedHits(db);
        assertThat(hits.lookup("cust-1", PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
        assertThat(hits.lookup(PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
    }

    @Test
    void reviewStandsWhileBothFingerprintsAreUnchanged() {
        ReviewedHits hits = new ReviewedHits(db);
        HitReview review = hits.markFalsePositive("cust-1", PARTY, "OFAC:1", ENTRY, "different DOB", "officer1");
        ReviewStatus status = hits.lookup("cust-1", PARTY, "OFAC:1", ENTRY);
        assertThat(status.state()).isEqualTo(ReviewStatus.State.REVIEWED);
        assertThat(status.review()).isEqualTo(review);
        assertThat(hits.lookup(PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.REVIEWED);
        // cosmetic differences in party data keep the same fingerprint
        assertThat(hits.lookup("cust-1", Fingerprints.party("  IVAN   petrov ", "ru", "1970-01-02"), "OFAC:1", ENTRY)
                .state()).isEqualTo(ReviewStatus.State.REVIEWED);
        // review is per entry and per party
        assertThat(hits.lookup("cust-1", PARTY, "OFAC:2", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
        assertThat(hits.lookup("cust-2", PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
    }

    @Test
    void reviewGoesStaleWhenPartyDataChanges() {
        ReviewedHits hits = new ReviewedHits(db);
        hits.markFalsePositive("cust-1", PARTY, "OFAC:1", ENTRY, "different DOB", "officer1");
        String moved = Fingerprints.party("Ivan Petrov", "CY", "1970-01-02");
        ReviewStatus status = hits.lookup("cust-1", moved, "OFAC:1", ENTRY);
        assertThat(status.state()).isEqualTo(ReviewStatus.State.STALE);
        assertThat(status.partyChanged()).isTrue();
        assertThat(status.entryChanged()).isFalse();
        assertThat(hits.lookup(moved, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
    }

    @Test
    void reviewGoesStaleWhenListEntryChanges() {
        ReviewedHits hits = new ReviewedHits(db);
        hits.markFalsePositive("cust-1", PARTY, "OFAC:1", ENTRY, "different DOB", "officer1");
        String updated = Fingerprints.entry(List.of("PETROV, Ivan", "Ivan Petroff"), List.of("RU"),
                List.of("1965-03-04", "1970-01-02"));
        ReviewStatus keyed = hits.lookup("cust-1", PARTY, "OFAC:1", updated);
        assertThat(keyed.state()).isEqualTo(ReviewStatus.State.STALE);
        assertThat(keyed.entryChanged()).isTrue();
        assertThat(keyed.partyChanged()).isFalse();
        assertThat(hits.lookup(PARTY, "OFAC:1", updated).state()).isEqualTo(ReviewStatus.State.STALE);
        // alias order does not matter
        String reordered = Fingerprints.entry(List.of("Ivan Petroff", "petrov ivan"), List.of("RU"),
                List.of("1965-03-04"));
        assertThat(hits.lookup("cust-1", PARTY, "OFAC:1", reordered).state()).isEqualTo(ReviewStatus.State.REVIEWED);
    }

    @Test
    void newReviewSupersedesStaleOne() {
        ReviewedHits hits = new ReviewedHits(db);
        hits.markFalsePositive("cust-1", PARTY, "OFAC:1", ENTRY, "different DOB", "officer1");
        String moved = Fingerprints.party("Ivan Petrov", "CY", "1970-01-02");
        hits.markFalsePositive("cust-1", moved, "OFAC:1", ENTRY, "still different DOB", "officer2");
        ReviewStatus status = hits.lookup("cust-1", moved, "OFAC:1", ENTRY);
        assertThat(status.state()).isEqualTo(ReviewStatus.State.REVIEWED);
        assertThat(status.review().officer()).isEqualTo("officer2");
        assertThat(hits.history("cust-1")).hasSize(2);
    }

    @Test
    void reviewNeedsReason() {
        ReviewedHits hits = new ReviewedHits(db);
        assertThatThrownBy(() -> hits.markFalsePositive("cust-1", PARTY, "OFAC:1", ENTRY, " ", "officer1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
