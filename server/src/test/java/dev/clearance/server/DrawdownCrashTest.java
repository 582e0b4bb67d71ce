package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Drawdowns survive {@code kill -9} of the server: concurrent clients draw down one licence while the server (a
 * separate JVM on an H2 file database) is killed; after a restart every drawdown a client was told succeeded is
 * stored once, nothing beyond the licence's limit is, the licence's usage is the sum of its shipments, each
 * shipment has its audit record, and the audit chain verifies.
 */
class DrawdownCrashTest {
    private static final int LIMIT = 400;
    private static final int CLIENTS = 16;
    private ServerProcess server;

    @AfterEach
    void stopServer() throws InterruptedException {
        ServerProcess.close(server);
    }

    @Test
    void aBurstOfDrawdownsKilledMidwayLosesAndDoublesNothing() throws Exception {
        server = ServerProcess.inTempDir("clearance-drawdown-crash");
        Path lists = TestLists.write(server.dir().resolve("lists"), TestLists.BASE);
        server.start(lists, "run1.log");
        Api admin = server.admin();
        Api.Reply reg = admin.post("/api/licences", Map.of("jurisdiction", "JP", "type", "individual",
                "number", "JP-CRASH-1", "holder", "Acme", "entries", List.of("3C002"), "destinations", List.of("KR"),
                "quantityLimit", LIMIT, "validFrom", "2019-01-01", "validTo", "2019-12-31"));
        assertThat(reg.status()).as(reg.text()).isEqualTo(201);
        long id = reg.get("id").asLong();

        // Each client sends drawdowns of 1 to 3 units, each with its own reference, until the server is gone.
        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(60);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                for (int i = 0; ; i++) {
                    String ref = "C" + client + "-" + i;
                    int quantity = 1 + (client + i) % 3;
                    Api.Reply r;
                    try {
                        r = admin.post("/api/licences/" + id + "/shipments", Map.of("entryCode", "3C002",
                                "destination", "KR", "consignee", "Samsung", "quantity", quantity, "value", 10,
                                "date", "2019-08-01", "reference", ref));
                    } catch (IllegalStateException gone) {
                        return null;
                    }
                    if (r.status() == 201) {
                        acknowledged.put(ref, quantity);
                        enough.countDown();
                    } else if (r.status() == 409) {
                        refused.incrementAndGet();
                    }
                }
            });
        }
        assertThat(enough.await(120, TimeUnit.SECONDS)).as("drawdowns acknowledged before the kill").isTrue();
        server.kill();
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        int acknowledgedUnits = acknowledged.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(acknowledgedUnits).as("killed mid-burst, before the licence was used up").isLessThan(LIMIT);

        server.start(lists, "run2.log");
        JsonNode licence = admin.get("/api/licences/" + id).json();
        Map<String, Integer> stored = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode s : licence.path("shipments")) {
            assertThat(stored.put(s.path("reference").asText(), s.path("quantity").asInt()))
                    .as("shipment %s stored once", s.path("reference").asText()).isNull();
            sum = sum.add(s.path("quantity").decimalValue());
        }
        assertThat(stored).as("every acknowledged drawdown is stored").containsAllEntriesOf(acknowledged);
        assertThat(sum.intValue()).as("within the licence").isLessThanOrEqualTo(LIMIT);
        assertThat(licence.path("quantityUsed").decimalValue()).as("usage is the sum of the shipments")
                .isEqualByComparingTo(sum);

        // Each stored shipment has exactly one audit record saying it was accepted, and no record claims more.
        JsonNode audit = admin.get("/api/audit?action=LICENCE_DRAWDOWN&limit=1000").get("records");
        List<Long> auditedShipments = new ArrayList<>();
        for (JsonNode r : audit) {
            if (r.path("outputs").path("accepted").asBoolean()) {
                auditedShipments.add(r.path("outputs").path("shipmentId").asLong());
            }
        }
        Set<Long> shipmentIds = new java.util.HashSet<>();
        licence.path("shipments").forEach(s -> shipmentIds.add(s.path("id").asLong()));
        assertThat(auditedShipments).containsExactlyInAnyOrderElementsOf(shipmentIds);
        Api.Reply verify = admin.get("/api/audit/verify");
        assertThat(verify.get("ok").asBoolean()).as(verify.text()).isTrue();
    }
}
