package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.parties.NewParty;
import dev.clearance.records.parties.PartyRecord;
import dev.clearance.application.parties.Rescreening;
import dev.clearance.application.wiring.Components;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Re-screenings of the same party running at once (an edit, a catch-up, a list change) open its alert on an entry
 * once: every one of them succeeds and the partner master holds one active alert per (party, entry). Once per
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractConcurrentRescreeningTest {
    private static final int THREADS = 8;
    private TestDatabase databases;
    private TestServer server;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 1 << 20);
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    @Test
    void concurrentReScreeningsOfAPartyOpenItsAlertOnce() throws Exception {
        Components services = server.parts();
        // Stored without screening (as a CLI import while no server ran), then screened by several at once.
        services.parties().save(List.of(new NewParty("K-EAST", "Eastern Star Trading Company", List.of(), "KP",
                "organization", null, List.of(), null), new NewParty("K-VOLGA", "Volga Precision Instruments",
                List.of(), "RU", "organization", null, List.of(), null)),
                changes -> AuditRecord.draft("test", "PARTIES_IMPORTED", "{}", "{}"));
        List<PartyRecord> parties = List.of(services.parties().get("K-EAST").orElseThrow(),
                services.parties().get("K-VOLGA").orElseThrow());
        Rescreening rescreening = services.rescreening();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CyclicBarrier go = new CyclicBarrier(THREADS);
            List<Future<Rescreening.Result>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                boolean edit = t % 2 == 0;
                runs.add(pool.submit(() -> {
                    go.await(10, TimeUnit.SECONDS);
                    return rescreening.screenParties(parties, "test", edit ? "PARTY_CHANGE" : "CATCH_UP");
                }));
            }
            int opened = 0;
            for (Future<Rescreening.Result> f : runs) {
                opened += f.get(60, TimeUnit.SECONDS).outcome().opened().size();
            }
            assertThat(opened).as("each alert opened by one re-screening only").isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        List<String> active = new ArrayList<>();
        JsonNode alerts = server.admin().get("/api/alerts?limit=500").get("alerts");
        alerts.forEach(a -> active.add(a.path("partyKey").asText() + " ~ " + a.path("entryId").asText() + " "
                + a.path("state").asText()));
        assertThat(active).containsExactlyInAnyOrder("K-EAST ~ ftm:o2 OPEN", "K-VOLGA ~ ftm:o1 OPEN");
        assertThat(server.admin().get("/api/audit/verify").get("ok").asBoolean()).isTrue();
    }
}
