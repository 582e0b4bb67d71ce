package dev.clearance.records;

import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.parties.AlertFilter;
import dev.clearance.records.parties.NewParty;
import dev.clearance.records.parties.Parties;
import dev.clearance.records.parties.PartyAlert;
import dev.clearance.records.parties.PartyAlerts;
import dev.clearance.records.parties.PartyChange;
import dev.clearance.records.parties.PartyRecord;
import dev.clearance.records.parties.ScreeningState;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

abstract class AbstractPartiesTest extends DatabaseTest {

    private static NewParty party(String key, String name, String country) {
        return new NewParty(key, name, List.of(), country, "person", null, List.of(), "sales-eu");
    }

    private static AuditRecord record(String action, Object what) {
        return AuditRecord.draft("tester", action, "{}", "{\"what\":\"" + what.toString().length() + "\"}");
    }

    private static PartyAlerts.Hit hit(String party, String entry) {
        return new PartyAlerts.Hit(party, entry, "Test list", 0.91, "Ivan Petrov", "PETROV, Ivan", "{\"score\":0.91}",
                false);
    }

    @Test
    void savesCreatesUpdatesAndSkipsUnchangedPartiesAuditingOnlyChanges() {
        AuditTrail trail = new AuditTrail(db);
        Parties parties = new Parties(db, trail);
        List<PartyChange> first = parties.save(List.of(party("C-1", "Ivan Petrov", "RU"),
                new NewParty("C-2", "Acme GmbH", List.of("ACME Handels GmbH", "Acme"), "DE", "organization", "1999",
                        List.of("HRB 12345", "VAT DE123456789"), null)), c -> record("PARTIES_SAVED", c));
        assertThat(first).extracting(PartyChange::kind)
                .containsExactly(PartyChange.Kind.CREATED, PartyChange.Kind.CREATED);
        PartyRecord acme = parties.get("C-2").orElseThrow();
        assertThat(acme.aliases()).containsExactly("ACME Handels GmbH", "Acme");
        assertThat(acme.identifiers()).containsExactly("HRB 12345", "VAT DE123456789");
        assertThat(acme.names()).containsExactly("Acme GmbH", "ACME Handels GmbH", "Acme");
        assertThat(acme.screenedAt()).isNull();
        assertThat(trail.head().seq()).isEqualTo(1);

        parties.markScreened(List.of("C-1", "C-2"), List.of(parties.get("C-1").orElseThrow().updatedAt(),
                acme.updatedAt()), List.of("un@abc"));
        assertThat(parties.get("C-1").orElseThrow().screenedLists()).containsExactly("un@abc");

        List<PartyChange> second = parties.save(List.of(party("C-1", "Ivan Petrov", "CY"), acme.data()),
                c -> record("PARTIES_SAVED", c));
        assertThat(second).extracting(PartyChange::kind)
                .containsExactly(PartyChange.Kind.UPDATED, PartyChange.Kind.UNCHANGED);
        assertThat(second.get(0).before().country()).isEqualTo("RU");
        // An edited party is unscreened again; the unchanged one keeps its screening.
        assertThat(parties.get("C-1").orElseThrow().screenedAt()).isNull();
        assertThat(parties.get("C-2").orElseThrow().screenedAt()).isNotNull();
        assertThat(parties.unscreened(10)).extracting(PartyRecord::key).containsExactly("C-1");
        assertThat(trail.head().seq()).isEqualTo(2);

        assertThat(parties.save(List.of(acme.data()), c -> record("PARTIES_SAVED", c)))
                .extracting(PartyChange::kind).containsExactly(PartyChange.Kind.UNCHANGED);
        assertThat(trail.head().seq()).isEqualTo(2);
        assertThat(parties.list("acme", PageRequest.first(10)).items()).extracting(PartyRecord::key).containsExactly("C-2");
        assertThat(parties.list(null, PageRequest.first(1)).total()).isEqualTo(2);
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void partiesMoveOnFromOneListVersionToTheNextAndCatchUpFindsTheOthers() {
        Parties parties = new Parties(db, new AuditTrail(db));
        parties.save(List.of(party("C-1", "Ivan Petrov", "RU"), party("C-2", "Olga Petrova", "RU"),
                party("C-3", "Anna Berg", "SE")), c -> record("PARTIES_SAVED", c));
        List<PartyRecord> all = parties.needingScreening(List.of("un@1", "ofac@1"), null, 10);
        assertThat(all).hasSize(3);
        parties.markScreened(List.of("C-1", "C-2"), List.of(all.get(0).updatedAt(), all.get(1).updatedAt()),
                List.of("un@1", "ofac@1"));
        parties.markScreened(List.of("C-3"), List.of(all.get(2).updatedAt()), List.of("un@0", "ofac@1"));
        // Stored as a set: the order the lists are named in does not matter.
        assertThat(parties.needingScreening(List.of("ofac@1", "un@1"), null, 10)).extracting(PartyRecord::key)
                .containsExactly("C-3");
        assertThat(parties.moveScreened("un", "un@1", "un@2")).isEqualTo(2);
        assertThat(parties.moveScreened("eu", null, "eu@1")).isEqualTo(3);
        assertThat(parties.get("C-1").orElseThrow().screenedLists()).containsExactly("eu@1", "ofac@1", "un@2");
        assertThat(parties.get("C-3").orElseThrow().screenedLists()).containsExactly("eu@1", "ofac@1", "un@0");
        assertThat(parties.needingScreening(List.of("un@2", "ofac@1", "eu@1"), null, 10)).extracting(PartyRecord::key)
                .containsExactly("C-3");
        assertThat(parties.needingScreening(List.of("un@2", "ofac@1", "eu@1"), "C-3", 10)).isEmpty();
    }

    @Test
    void screeningOfStaleDataIsNotRecorded() {
        Parties parties = new Parties(db, new AuditTrail(db));
        parties.save(List.of(party("C-1", "Ivan Petrov", "RU")), c -> record("PARTIES_SAVED", c));
        java.time.Instant screenedData = parties.get("C-1").orElseThrow().updatedAt().minusSeconds(5);
        parties.markScreened(List.of("C-1"), List.of(screenedData), List.of("un@abc"));
        assertThat(parties.get("C-1").orElseThrow().screenedAt()).isNull();
    }

    @Test
    void alertsOpenRefreshCloseAndFlagAndDecisionsMoveThem() {
        AuditTrail trail = new AuditTrail(db);
        Parties parties = new Parties(db, trail);
        PartyAlerts alerts = new PartyAlerts(db, trail);
        parties.save(List.of(party("C-1", "Ivan Petrov", "RU"), party("C-2", "Olga Petrova", "RU")),
                c -> record("PARTIES_SAVED", c));
        PartyAlerts.Outcome o = alerts.apply(List.of(hit("C-1", "un:1"), hit("C-2", "un:1"), hit("C-1", "ofac:7")),
                List.of(), List.of("un@abc", "ofac@def"), "LIST_CHANGE", x -> record("ALERTS", x));
        assertThat(o.opened()).hasSize(3);
        assertThat(o.opened().get(0).listVersions()).containsExactly("un@abc", "ofac@def");
        assertThat(o.opened().get(0).state()).isEqualTo(PartyAlert.State.OPEN);
        long seq = trail.head().seq();

        // The same hit again changes nothing and is not audited; a changed score refreshes the alert.
        assertThat(alerts.apply(List.of(hit("C-1", "un:1")), List.of(), List.of("un@abc"), "LIST_CHANGE",
                x -> record("ALERTS", x)).isEmpty()).isTrue();
        assertThat(trail.head().seq()).isEqualTo(seq);

        assertThat(alerts.decide("C-1", "un:1", PartyAlert.State.REVIEWED, "different person")).isPresent();
        assertThat(alerts.decide("C-2", "un:1", PartyAlert.State.CONFIRMED, "same person")).isPresent();
        assertThat(alerts.decide("C-9", "un:1", PartyAlert.State.CONFIRMED, "no alert")).isEmpty();
        assertThat(alerts.states(List.of("C-1", "C-2", "C-3"))).containsEntry("C-1", ScreeningState.OPEN_ALERT)
                .containsEntry("C-2", ScreeningState.CONFIRMED_MATCH).containsEntry("C-3", ScreeningState.CLEAR);

        // A changed entry re-opens the review; the entry's removal closes open and reviewed alerts, flags confirmed ones.
        PartyAlerts.Outcome reopened = alerts.apply(List.of(new PartyAlerts.Hit("C-1", "un:1", "Test list", 0.95,
                "Ivan Petrov", "PETROV, Ivan", "{}", true)), List.of(), List.of("un@bcd"), "LIST_CHANGE",
                x -> record("ALERTS", x));
        assertThat(reopened.reopened()).extracting(PartyAlert::state).containsExactly(PartyAlert.State.OPEN);
        PartyAlerts.Outcome removed = alerts.apply(List.of(), List.of(new PartyAlerts.Closing(null, "un:1",
                "entry removed from un", true)), List.of("un@cde"), "LIST_CHANGE", x -> record("ALERTS", x));
        assertThat(removed.closed()).extracting(PartyAlert::partyKey).containsExactly("C-1");
        assertThat(removed.closed().get(0).entryRemoved()).isTrue();
        assertThat(removed.closed().get(0).closedAt()).isNotNull();
        assertThat(removed.flagged()).extracting(PartyAlert::partyKey).containsExactly("C-2");
        assertThat(removed.flagged().get(0).state()).isEqualTo(PartyAlert.State.CONFIRMED);

        assertThat(alerts.list(new AlertFilter(PartyAlert.State.CLOSED, null, null), PageRequest.first(10)).items())
                .extracting(PartyAlert::entryId).containsExactly("un:1");
        assertThat(alerts.list(new AlertFilter(null, "ofac", null), PageRequest.first(10)).items())
                .extracting(PartyAlert::entryId).containsExactly("ofac:7");
        assertThat(alerts.list(new AlertFilter(null, "Test list", "C-2"), PageRequest.first(10)).total()).isEqualTo(1);
        assertThat(alerts.activeOn(List.of("ofac:7", "un:1"))).extracting(PartyAlert::partyKey)
                .containsExactlyInAnyOrder("C-1", "C-2");

        // Deleting a party closes its active alerts.
        assertThat(parties.delete("C-1", c -> record("PARTY_DELETED", c))).isPresent();
        assertThat(parties.get("C-1")).isEmpty();
        assertThat(alerts.activeFor("C-1")).isEmpty();
        assertThat(parties.delete("C-1", c -> record("PARTY_DELETED", c))).isEmpty();
        assertThat(trail.verify().ok()).isTrue();
    }
}
