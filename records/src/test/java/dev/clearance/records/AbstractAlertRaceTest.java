package dev.clearance.records;

import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.parties.PartyAlert;
import dev.clearance.records.parties.PartyAlerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * A (party, entry) pair has at most one active alert however many re-screenings raise it at once, and the migration
 * that enforces it (V50) keeps one of the duplicates an older version could leave, closing the others with a note.
 */
abstract class AbstractAlertRaceTest extends DatabaseTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 15;

    /** @return JDBC URL, user and password of an empty database no migration has run on */
    protected abstract String[] emptyDatabase();

    private static PartyAlerts.Hit hit(String party, String entry, double score) {
        return new PartyAlerts.Hit(party, entry, "Test list", score, "Ivan Petrov", "PETROV, Ivan",
                "{\"score\":" + score + "}", false);
    }

    @Test
    void concurrentReScreeningsRaiseOneAlertPerPair() throws Exception {
        AuditTrail trail = new AuditTrail(db);
        PartyAlerts alerts = new PartyAlerts(db, trail);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String entry = "un:" + round;
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<PartyAlerts.Outcome>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    double score = 0.9 + t / 1000.0;
                    done.add(pool.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return alerts.apply(List.of(hit("C-1", entry, score), hit("C-2", entry, score)), List.of(),
                                List.of("un@1"), "test", o -> AuditRecord.draft("system", "PARTY_ALERTS",
                                        "{}", "{\"opened\":" + o.opened().size() + "}"));
                    }));
                }
                int opened = 0;
                for (Future<PartyAlerts.Outcome> f : done) {
                    opened += f.get(60, TimeUnit.SECONDS).opened().size(); // every re-screening succeeds
                }
                assertThat(opened).as("round %d: each pair opened once", round).isEqualTo(2);
                assertThat(alerts.activeOn(List.of(entry))).as("round %d", round).hasSize(2)
                        .extracting(PartyAlert::partyKey).containsExactlyInAnyOrder("C-1", "C-2");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void aClosedAlertLeavesRoomForANewOneAndTheDatabaseRefusesASecondActive() {
        PartyAlerts alerts = new PartyAlerts(db, new AuditTrail(db));
        alerts.apply(List.of(hit("C-1", "un:1", 0.9)), List.of(), List.of("un@1"), "test",
                o -> AuditRecord.draft("system", "PARTY_ALERTS", "{}", "{}"));
        alerts.apply(List.of(), List.of(new PartyAlerts.Closing("C-1", "un:1", "removed", true)), List.of("un@2"),
                "test", o -> AuditRecord.draft("system", "PARTY_ALERTS", "{}", "{}"));
        PartyAlerts.Outcome again = alerts.apply(List.of(hit("C-1", "un:1", 0.9)), List.of(), List.of("un@3"), "test",
                o -> AuditRecord.draft("system", "PARTY_ALERTS", "{}", "{}"));
        assertThat(again.opened()).hasSize(1);
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute("INSERT INTO party_alert (party_key, entry_id, "
                + "list_name, state, score, party_name, matched_name, explanation, list_versions, raised_by, "
                + "opened_at, updated_at) VALUES ('C-1', 'un:1', 'l', 'REVIEWED', 0.9, 'p', 'm', '{}', '', 'x', "
                + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))).satisfies(e -> assertThat(Sql.isUniqueViolation(e))
                .as(e.toString()).isTrue());
    }

    @Test
    void theMigrationKeepsOneActiveAlertOfEachPairAndClosesTheOthersWithANote() throws Exception {
        String[] empty = emptyDatabase();
        Flyway.configure().dataSource(empty[0], empty[1], empty[2])
                .locations("classpath:db/migration/common", "classpath:db/migration/"
                        + (Database.vendorOf(empty[0]) == Database.Vendor.H2 ? "h2" : "postgresql"))
                .target("40").load().migrate();
        try (Connection c = DriverManager.getConnection(empty[0], empty[1], empty[2]);
             Statement s = c.createStatement()) {
            for (String[] row : new String[][] {{"C-1", "e1", "REVIEWED"}, {"C-1", "e1", "OPEN"},
                    {"C-1", "e1", "OPEN"}, {"C-1", "e1", "CLOSED"}, {"C-2", "e1", "REVIEWED"},
                    {"C-3", "e2", "OPEN"}, {"C-3", "e2", "CONFIRMED"}}) {
                s.execute("INSERT INTO party_alert (party_key, entry_id, list_name, state, score, party_name, "
                        + "matched_name, explanation, list_versions, raised_by, opened_at, updated_at, note) VALUES ('"
                        + row[0] + "', '" + row[1] + "', 'l', '" + row[2] + "', 0.9, 'p', 'm', '{}', '', 'x', "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'first note')");
            }
        }
        db.close();
        db = Database.open(empty[0], empty[1], empty[2]);
        List<String> rows = db.jdbi().withHandle(h -> h.createQuery("SELECT id, state, note FROM party_alert "
                + "ORDER BY id").map((ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) -> rs.getLong(1)
                + " " + rs.getString(2) + " " + rs.getString(3)).list());
        assertThat(rows).containsExactly(
                "1 CLOSED closed by migration V50: a second active alert on this party and entry; alert 2 stays "
                        + "(note was: first note)",
                "2 OPEN first note",
                "3 CLOSED closed by migration V50: a second active alert on this party and entry; alert 2 stays "
                        + "(note was: first note)",
                "4 CLOSED first note",
                "5 REVIEWED first note",
                "6 CLOSED closed by migration V50: a second active alert on this party and entry; alert 7 stays "
                        + "(note was: first note)",
                "7 CONFIRMED first note");
    }
}
