package dev.clearance.records;

import dev.clearance.records.decisions.DecisionKind;
import dev.clearance.records.FourEyesRefusedException;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.records.decisions.PartyRef;
import dev.clearance.records.decisions.ReviewStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

abstract class AbstractHitDecisionsTest extends DatabaseTest {

    static final String PARTY = Fingerprints.party("Ivan Petrov", "RU", "1970-01-02");
    static final String ENTRY = Fingerprints.entry(List.of("PETROV, Ivan", "Ivan Petroff"), List.of("RU"),
            List.of("1965-03-04"));
    static final String RECORD = "{\"name\":\"Ivan Petrov\",\"country\":\"RU\",\"dob\":\"1970-01-02\"}";

    static PartyRef keyed(String key, String fingerprint) {
        return new PartyRef(key, fingerprint, "Ivan Petrov", null);
    }

    static PartyRef unkeyed(String fingerprint) {
        return new PartyRef(null, fingerprint, "Ivan Petrov", RECORD);
    }

    static HitDecision falsePositive(HitDecisions d, PartyRef party, String entry, String officer) {
        return d.decide(DecisionKind.FALSE_POSITIVE, party, entry, ENTRY, "different DOB", officer);
    }

    @Test
    void withoutDecisionAHitIsNotReviewed() {
        HitDecisions d = new HitDecisions(db);
        assertThat(d.status("cust-1", PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
        assertThat(d.status(null, PARTY, "OFAC:1", ENTRY).alert()).isTrue();
    }

    @Test
    void aFalsePositiveStandsWhileBothFingerprintsAreUnchanged() {
        HitDecisions d = new HitDecisions(db);
        HitDecision fp = falsePositive(d, keyed("cust-1", PARTY), "OFAC:1", "officer1");
        ReviewStatus status = d.status("cust-1", PARTY, "OFAC:1", ENTRY);
        assertThat(status.state()).isEqualTo(ReviewStatus.State.REVIEWED);
        assertThat(status.alert()).isFalse();
        assertThat(status.decision().id()).isEqualTo(fp.id());
        // cosmetic differences in party data keep the same fingerprint
        assertThat(d.status("cust-1", Fingerprints.party("  IVAN   petrov ", "ru", "1970-01-02"), "OFAC:1", ENTRY)
                .state()).isEqualTo(ReviewStatus.State.REVIEWED);
        // per entry and per party
        assertThat(d.status("cust-1", PARTY, "OFAC:2", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
        assertThat(d.status("cust-2", PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
    }

    @Test
    void aFalsePositiveNeverAppliesToAnotherParty() {
        HitDecisions d = new HitDecisions(db);
        falsePositive(d, keyed("cust-1", PARTY), "OFAC:1", "officer1");
        // the same data screened without a key (anyone of that name, country and birth date) is not cust-1
        assertThat(d.status(null, PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);

        falsePositive(d, unkeyed(PARTY), "OFAC:1", "officer1");
        assertThat(d.status(null, PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.REVIEWED);
        // a decision on a record binds to that record: other data, or a keyed party, is another party
        assertThat(d.status(null, Fingerprints.party("Ivan Petrov", null, null), "OFAC:1", ENTRY).state())
                .isEqualTo(ReviewStatus.State.NOT_REVIEWED);
        assertThat(d.status(null, Fingerprints.party("Ivan Petrov", "RU", "1970-01-02", "person", List.of("P123")),
                "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
        assertThat(d.status("cust-2", PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.NOT_REVIEWED);
    }

    @Test
    void aDecisionNamesItsPartyByKeyOrFullRecord() {
        assertThatThrownBy(() -> new PartyRef(null, PARTY, "Ivan Petrov", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartyRef(" ", PARTY, "Ivan Petrov", " "))
                .isInstanceOf(IllegalArgumentException.class);
        HitDecisions d = new HitDecisions(db);
        assertThatThrownBy(() -> d.decide(DecisionKind.ESCALATED, keyed("cust-1", PARTY), "OFAC:1", ENTRY, " ",
                "officer1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFalsePositiveGoesStaleWhenPartyDataChanges() {
        HitDecisions d = new HitDecisions(db);
        falsePositive(d, keyed("cust-1", PARTY), "OFAC:1", "officer1");
        String moved = Fingerprints.party("Ivan Petrov", "CY", "1970-01-02");
        ReviewStatus status = d.status("cust-1", moved, "OFAC:1", ENTRY);
        assertThat(status.state()).isEqualTo(ReviewStatus.State.STALE);
        assertThat(status.partyChanged()).isTrue();
        assertThat(status.entryChanged()).isFalse();
        assertThat(status.alert()).isTrue();
    }

    @Test
    void aFalsePositiveGoesStaleWhenTheListEntryChanges() {
        HitDecisions d = new HitDecisions(db);
        falsePositive(d, keyed("cust-1", PARTY), "OFAC:1", "officer1");
        String updated = Fingerprints.entry(List.of("PETROV, Ivan", "Ivan Petroff"), List.of("RU"),
                List.of("1965-03-04", "1970-01-02"));
        ReviewStatus keyedStatus = d.status("cust-1", PARTY, "OFAC:1", updated);
        assertThat(keyedStatus.state()).isEqualTo(ReviewStatus.State.STALE);
        assertThat(keyedStatus.entryChanged()).isTrue();
        assertThat(keyedStatus.partyChanged()).isFalse();
        // alias order does not matter
        String reordered = Fingerprints.entry(List.of("Ivan Petroff", "petrov ivan"), List.of("RU"),
                List.of("1965-03-04"));
        assertThat(d.status("cust-1", PARTY, "OFAC:1", reordered).state()).isEqualTo(ReviewStatus.State.REVIEWED);
    }

    @Test
    void theLatestDecisionStandsAndTheOthersAreHistory() {
        HitDecisions d = new HitDecisions(db);
        d.decide(DecisionKind.ESCALATED, keyed("cust-1", PARTY), "OFAC:1", ENTRY, "ask legal", "officer1");
        assertThat(d.status("cust-1", PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.ESCALATED);
        falsePositive(d, keyed("cust-1", PARTY), "OFAC:1", "officer2");
        assertThat(d.status("cust-1", PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.REVIEWED);
        d.decide(DecisionKind.CONFIRMED_MATCH, keyed("cust-1", PARTY), "OFAC:1", ENTRY, "passport matches",
                "officer3");
        ReviewStatus confirmed = d.status("cust-1", PARTY, "OFAC:1", ENTRY);
        assertThat(confirmed.state()).isEqualTo(ReviewStatus.State.CONFIRMED_MATCH);
        assertThat(confirmed.alert()).isTrue();
        List<HitDecision> history = d.history("cust-1", null, "OFAC:1");
        assertThat(history).extracting(HitDecision::officer).containsExactly("officer3", "officer2", "officer1");
        assertThat(history).extracting(HitDecision::kind).containsExactly(DecisionKind.CONFIRMED_MATCH,
                DecisionKind.FALSE_POSITIVE, DecisionKind.ESCALATED);
        assertThat(d.history("cust-1", null, "OFAC:2")).isEmpty();
    }

    @Test
    void aConfirmedMatchBlocksThePartyByKeyAndByName() {
        HitDecisions d = new HitDecisions(db);
        d.decide(DecisionKind.CONFIRMED_MATCH, keyed("cust-9", PARTY), "OFAC:7", ENTRY, "same passport", "officer1");
        assertThat(d.standing("cust-9", PARTY).confirmedMatches()).extracting(HitDecision::entryId)
                .containsExactly("OFAC:7");
        // a changed party record does not lift a block
        assertThat(d.status("cust-9", Fingerprints.party("Ivan Petrov", "CY", null), "OFAC:7", ENTRY).state())
                .isEqualTo(ReviewStatus.State.CONFIRMED_MATCH);
        assertThat(d.confirmedMatches("cust-9", "someone else")).hasSize(1);
        assertThat(d.confirmedMatches(null, "IVAN  petrov")).hasSize(1);
        assertThat(d.confirmedMatches("cust-1", "Boris Petrov")).isEmpty();
        // a later false positive on the pair lifts it
        falsePositive(d, keyed("cust-9", PARTY), "OFAC:7", "officer2");
        assertThat(d.confirmedMatches(null, "Ivan Petrov")).isEmpty();
        assertThat(d.standing("cust-9", PARTY).confirmedMatches()).isEmpty();
    }

    @Test
    void withFourEyesAFalsePositiveStandsOnlyOnceASecondOfficerConfirmsIt() {
        HitDecisions d = new HitDecisions(db, Clock.systemUTC(), true);
        HitDecision fp = falsePositive(d, keyed("cust-1", PARTY), "OFAC:1", "officer1");
        assertThat(fp.pending()).isTrue();
        assertThat(d.status("cust-1", PARTY, "OFAC:1", ENTRY).state())
                .isEqualTo(ReviewStatus.State.PENDING_CONFIRMATION);
        assertThatThrownBy(() -> d.confirm(fp.id(), "officer1", null))
                .isInstanceOfSatisfying(FourEyesRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FourEyesRefusedException.Reason.SAME_OFFICER));
        HitDecision confirmed = d.confirm(fp.id(), "officer2", "checked the passport copy");
        assertThat(confirmed.confirmation().officer()).isEqualTo("officer2");
        assertThat(d.status("cust-1", PARTY, "OFAC:1", ENTRY).state()).isEqualTo(ReviewStatus.State.REVIEWED);
        assertThatThrownBy(() -> d.confirm(fp.id(), "officer3", null))
                .isInstanceOfSatisfying(FourEyesRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FourEyesRefusedException.Reason.ALREADY_CONFIRMED));
        HitDecision escalated = d.decide(DecisionKind.ESCALATED, keyed("cust-1", PARTY), "OFAC:2", ENTRY, "why",
                "officer1");
        assertThatThrownBy(() -> d.confirm(escalated.id(), "officer2", null))
                .isInstanceOfSatisfying(FourEyesRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FourEyesRefusedException.Reason.NOT_CONFIRMABLE));
        assertThatThrownBy(() -> d.confirm(987654, "officer2", null))
                .isInstanceOfSatisfying(FourEyesRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(FourEyesRefusedException.Reason.NOT_FOUND));
        assertThat(d.get(fp.id()).orElseThrow().confirmation().reason()).isEqualTo("checked the passport copy");
    }

    @Test
    void withoutFourEyesAFalsePositiveStandsAtOnce() {
        HitDecisions d = new HitDecisions(db);
        HitDecision fp = falsePositive(d, keyed("cust-1", PARTY), "OFAC:1", "officer1");
        assertThat(fp.pending()).isFalse();
        assertThatThrownBy(() -> d.confirm(fp.id(), "officer2", null))
                .isInstanceOf(FourEyesRefusedException.class);
    }
}
