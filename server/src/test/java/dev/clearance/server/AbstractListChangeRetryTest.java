package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The partner master's re-screening after a list change failing (here: its alert table unusable for a while) is never
 * only a log line: health is {@code degraded} naming it, the failure is audited, and the change is tried again on a
 * timer or before the next list change, until the alerts it should raise are raised. Once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractListChangeRetryTest {
    private static final String NORTHERN = "{\"id\":\"n1\",\"schema\":\"Company\",\"properties\":{\"name\":"
            + "[\"Northern Lights Shipping\"],\"country\":[\"ae\"]}}";
    private static final String CASPIAN = "{\"id\":\"n2\",\"schema\":\"Company\",\"properties\":{\"name\":"
            + "[\"Caspian Drilling Supplies\"],\"country\":[\"az\"]}}";
    private TestDatabase databases;
    private TestServer server;
    private Api admin;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void startVendor() {
        databases = vendor();
    }

    @AfterEach
    void stopServer() {
        TestServer.close(server);
        server = null;
    }

    @AfterAll
    void stopVendor() throws Exception {
        databases.close();
    }

    private void start(Duration retryEvery) throws Exception {
        server = TestServer.overBaseLists(databases.open(), 1 << 20, o -> o.withListenerRetry(retryEvery));
        admin = server.admin();
        Api.Reply imported = admin.postCsv("/api/parties", String.join("\n",
                "key,name,aliases,country,type,dob,identifiers,owner",
                "K-OLGA,Olga Smirnova,,RU,person,,,",
                "K-NL,Northern Lights Shipping,,AE,organization,,,",
                "K-CAS,Caspian Drilling Supplies,,AZ,organization,,,", ""));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(state("K-OLGA")).isEqualTo("CLEAR");
        assertThat(health().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void aFailedReScreeningIsNamedInHealthAuditedAndRetriedOnATimer() throws Exception {
        start(Duration.ofMillis(500));
        breakAlerts();
        try {
            publish(NORTHERN);
            JsonNode health = health();
            assertThat(health.path("status").asText()).isEqualTo("degraded");
            assertThat(health.path("reasons").toString()).contains("partner-master re-screening failed after list test",
                    "UNSCREENED");
            JsonNode failed = admin.get("/api/audit?action=LIST_CHANGE_FAILED").get("records");
            assertThat(failed.size()).isEqualTo(1);
            assertThat(failed.get(0).path("inputs").path("listener").asText()).isEqualTo("partner-master re-screening");
            assertThat(failed.get(0).path("outputs").path("reason").asText()).isNotBlank();
        } finally {
            repairAlerts();
        }
        for (int i = 0; i < 200 && !health().path("status").asText().equals("ok"); i++) {
            Thread.sleep(100);
        }
        assertThat(health().path("status").asText()).as(health().toString()).isEqualTo("ok");
        assertThat(openAlerts()).containsExactly("K-NL ~ ftm:n1");
        assertThat(state("K-OLGA")).isEqualTo("CLEAR");
        assertThat(admin.get("/api/audit?action=LIST_CHANGE_RECOVERED").get("records").size()).isEqualTo(1);
        assertThat(admin.get("/api/audit/verify").get("ok").asBoolean()).isTrue();
    }

    @Test
    void theNextListChangeDeliversThePendingOneFirst() throws Exception {
        start(Duration.ofHours(1));
        breakAlerts();
        try {
            publish(NORTHERN);
        } finally {
            repairAlerts();
        }
        // Until the change goes through the partners are not screened against the version in use, and say so.
        assertThat(state("K-OLGA")).isEqualTo("UNSCREENED");
        assertThat(health().path("status").asText()).isEqualTo("degraded");
        assertThat(openAlerts()).isEmpty();

        publish(NORTHERN, CASPIAN);
        assertThat(health().path("status").asText()).as(health().toString()).isEqualTo("ok");
        assertThat(openAlerts()).containsExactlyInAnyOrder("K-NL ~ ftm:n1", "K-CAS ~ ftm:n2");
        assertThat(state("K-OLGA")).isEqualTo("CLEAR");
        assertThat(admin.get("/api/audit?action=LIST_CHANGE_RECOVERED").get("records").size()).isEqualTo(1);
    }

    /** Writes the base list plus {@code added} entries and reloads; the reload itself succeeds. */
    private void publish(String... added) throws Exception {
        StringBuilder list = new StringBuilder(TestLists.BASE);
        for (String a : added) {
            list.append(a).append('\n');
        }
        Files.writeString(server.listsFolder().resolve("test-list.jsonl"), list);
        Api.Reply r = admin.post("/api/lists/reload", Map.of());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
    }

    private void breakAlerts() {
        server.parts().database().jdbi().useHandle(h -> h.execute("ALTER TABLE party_alert RENAME TO party_alert_held"));
    }

    private void repairAlerts() {
        server.parts().database().jdbi().useHandle(h -> h.execute("ALTER TABLE party_alert_held RENAME TO party_alert"));
    }

    private JsonNode health() {
        return admin.get("/api/health").json();
    }

    private String state(String key) {
        return admin.get("/api/parties/" + key).get("state").asText();
    }

    private List<String> openAlerts() {
        List<String> out = new ArrayList<>();
        admin.get("/api/alerts?state=OPEN").get("alerts")
                .forEach(a -> out.add(a.path("partyKey").asText() + " ~ " + a.path("entryId").asText()));
        return out;
    }
}
