package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The partner master end to end, once per database: partners imported, a list served over HTTP by the test, the file
 * changed and the lists updated ({@code POST /api/lists/update}, a conditional GET); exactly the partners the added entries match get alerts, the removed entry's alert is
 * closed, decisions and edits move alerts, and the audit chain verifies.
 */
abstract class AbstractPartiesApiTest {
    private static final String P1 = "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Petrovich Sidorov\"],\"country\":[\"ru\"],\"birthDate\":[\"1960-05-01\"]}}";
    private static final String P2 = "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Boris Nikolaevich Kuznetsov\"],\"country\":[\"ru\"]}}";
    private static final String O1 = "{\"id\":\"o1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Volga Precision Instruments\"],\"country\":[\"ru\"]}}";
    private static final String N1 = "{\"id\":\"n1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Olga Ivanovna Smirnova\"],\"country\":[\"ru\"]}}";
    private static final String N2 = "{\"id\":\"n2\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Northern Lights Shipping LLC\"],\"country\":[\"ae\"]}}";
    private TestDatabase databases;

    private TestServer server;
    private HttpServer publisher;
    private final AtomicReference<String> published = new AtomicReference<>();
    private final AtomicInteger downloads = new AtomicInteger();
    private Path dir;
    private Api admin;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeEach
    void start() throws Exception {
        databases = vendor();
        dir = Files.createTempDirectory("clearance-parties-test");
        published.set(String.join("\n", P1, P2, O1, ""));
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publisher.createContext("/lists/test.jsonl", exchange -> {
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            downloads.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        publisher.start();
        Path yaml = dir.resolve("lists.yaml");
        Files.writeString(yaml, "allowHosts: [127.0.0.1]\nlists:\n  - name: test\n    format: ftm-json\n    url: http://127.0.0.1:"
                + publisher.getAddress().getPort() + "/lists/test.jsonl\n");
        server = TestServer.start(databases.open(), yaml, 1024 * 1024);
        admin = server.admin();
    }

    @AfterEach
    void stop() throws Exception {
        TestServer.close(server);
        if (publisher != null) {
            publisher.stop(0);
        }
        databases.close();
        TempDirs.delete(dir);
    }

    private static Map<String, String> alertsByPair(JsonNode alerts) {
        Map<String, String> out = new HashMap<>();
        for (JsonNode a : alerts) {
            out.put(a.path("partyKey").asText() + " ~ " + a.path("entryId").asText(), a.path("state").asText());
        }
        return out;
    }

    private JsonNode alerts(String query) {
        Api.Reply r = admin.get("/api/alerts" + query);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.get("alerts");
    }

    private String state(String key) {
        return admin.get("/api/parties/" + key).get("state").asText();
    }

    @Test
    void listChangeAlertsExactlyThePartnersTheAddedEntriesMatchAndClosesTheRemovedEntrysAlert() {
        Api.Reply imported = admin.postCsv("/api/parties", String.join("\n",
                "key,name,aliases,country,type,dob,identifiers,owner",
                "C-SID,Ivan Sidorov,,RU,person,1960,,sales-east",
                "C-KUZ,Boris N. Kuznetsov,,RU,person,,,sales-east",
                "C-OLGA,Olga Smirnova,,RU,person,,,",
                "C-ACME,Acme Trading FZE,Northern Lights Shipping,AE,organization,,TRN 100200300400,",
                ",No Key Ltd,,,,,,",
                "C-MARIA,Maria Gonzalez,,ES,person,1985,,",
                "C-SIEM,Siemens AG,,DE,organization,,,",
                "C-BAD,Bad Date GmbH,,DE,organization,late 1990,,",
                ""));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.get("created").asInt()).isEqualTo(6);
        assertThat(imported.get("refused").asInt()).isEqualTo(2);
        assertThat(imported.get("problems").toString()).contains("upload:6: column key: empty")
                .contains("upload:9: column dob");
        // Screened at once against the lists in use: the two partners already listed are alerted, no one else.
        assertThat(alertsByPair(alerts("?state=OPEN"))).isEqualTo(Map.of("C-SID ~ ftm:p1", "OPEN",
                "C-KUZ ~ ftm:p2", "OPEN"));
        assertThat(state("C-OLGA")).isEqualTo("CLEAR");

        // The publisher changes the file: two entries added, one removed.
        published.set(String.join("\n", P1, O1, N1, N2, ""));
        int before = downloads.get();
        Api.Reply update = admin.post("/api/lists/update", Map.of());
        assertThat(update.status()).as(update.text()).isEqualTo(200);
        assertThat(update.get("lists").get(0).path("outcome").asText()).isEqualTo("loaded");
        assertThat(downloads.get()).isEqualTo(before + 1);

        JsonNode listChange = alerts("?state=OPEN&list=ftm");
        List<String> raisedByChange = new ArrayList<>();
        for (JsonNode a : listChange) {
            if (a.path("raisedBy").asText().equals("LIST_CHANGE")) {
                raisedByChange.add(a.path("partyKey").asText() + " ~ " + a.path("entryId").asText());
                assertThat(a.path("listVersions").get(0).asText()).startsWith("test@");
                assertThat(a.path("explanation").path("summary").asText()).isNotBlank();
                // The delta's score is the forward score of the same partner.
                Api.Reply forward = admin.post("/api/screenings", Map.of("name", a.path("partyName").asText(),
                        "country", a.path("partyKey").asText().equals("C-OLGA") ? "RU" : "AE",
                        "type", a.path("partyKey").asText().equals("C-OLGA") ? "person" : "organization"));
                assertThat(forward.get("hits").get(0).path("score").asDouble()).isEqualTo(a.path("score").asDouble());
            }
        }
        assertThat(raisedByChange).containsExactlyInAnyOrder("C-OLGA ~ ftm:n1", "C-ACME ~ ftm:n2");
        JsonNode closed = alerts("?state=CLOSED");
        assertThat(alertsByPair(closed)).isEqualTo(Map.of("C-KUZ ~ ftm:p2", "CLOSED"));
        assertThat(closed.get(0).path("entryRemoved").asBoolean()).isTrue();
        assertThat(alertsByPair(alerts("?state=OPEN"))).containsEntry("C-SID ~ ftm:p1", "OPEN").hasSize(3);
        assertThat(state("C-KUZ")).isEqualTo("CLEAR");
        assertThat(state("C-OLGA")).isEqualTo("OPEN_ALERT");
        assertThat(state("C-MARIA")).isEqualTo("CLEAR");
        assertThat(admin.get("/api/parties/C-MARIA").get("screenedLists").get(0).asText())
                .isEqualTo(admin.get("/api/lists").get("lists").get(0).path("label").asText());

        // An officer's decision names party key and entry id: the alert follows it.
        Api.Reply decision = admin.post("/api/decisions", Map.of("entryId", "ftm:n1", "decision", "FALSE_POSITIVE",
                "reason", "other person", "party", Map.of("partyKey", "C-OLGA", "name", "Olga Smirnova", "country", "RU")));
        assertThat(decision.status()).as(decision.text()).isEqualTo(201);
        assertThat(state("C-OLGA")).isEqualTo("REVIEWED");
        assertThat(admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "CONFIRMED_MATCH",
                "reason", "same person", "party", Map.of("partyKey", "C-SID", "name", "Ivan Sidorov"))).status())
                .isEqualTo(201);
        assertThat(state("C-SID")).isEqualTo("CONFIRMED_MATCH");

        // A party edited is screened at once; a party deleted has its alerts closed.
        Api.Reply edited = admin.send("PUT", "/api/parties/C-MARIA", "{\"name\":\"Olga I. Smirnova\",\"country\":\"RU\","
                + "\"type\":\"person\"}", "application/json");
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.get("change").asText()).isEqualTo("UPDATED");
        assertThat(edited.get("state").asText()).isEqualTo("OPEN_ALERT");
        assertThat(alertsByPair(alerts("?party=C-MARIA"))).isEqualTo(Map.of("C-MARIA ~ ftm:n1", "OPEN"));
        assertThat(admin.delete("/api/parties/C-ACME").status()).isEqualTo(200);
        assertThat(alertsByPair(alerts("?party=C-ACME"))).isEqualTo(Map.of("C-ACME ~ ftm:n2", "CLOSED"));
        assertThat(admin.get("/api/parties/C-ACME").status()).isEqualTo(404);

        JsonNode verify = admin.get("/api/audit/verify").json();
        assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
        assertThat(admin.get("/api/audit?action=PARTY_ALERTS").get("total").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(admin.get("/api/audit?action=PARTIES_IMPORTED").get("total").asInt()).isEqualTo(1);
        assertThat(admin.get("/api/audit?action=PARTY_CHANGED").get("total").asInt()).isEqualTo(2);
    }

    @Test
    void partiesAreCreatedReadListedAndRefusedWithTheFieldNamed() {
        Api.Reply created = admin.post("/api/parties", Map.of("key", "S-1", "name", "Northern Lights Shipping",
                "aliases", List.of("NLS"), "type", "organization", "identifiers", List.of("IMO 9187629"), "owner", "ops"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.get("state").asText()).isEqualTo("CLEAR");
        assertThat(created.get("screenedLists").size()).isEqualTo(1);
        assertThat(admin.post("/api/parties", Map.of("key", "S-1", "name", "Other")).status()).isEqualTo(409);
        Api.Reply bad = admin.post("/api/parties", Map.of("key", "S-2", "name", "Other", "dob", "01/02/1990"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.get("error").path("field").asText()).isEqualTo("dob");
        Api.Reply badAlias = admin.post("/api/parties", Map.of("key", "S-2", "name", "Other", "aliases", List.of("--")));
        assertThat(badAlias.get("error").path("field").asText()).isEqualTo("aliases[0]");
        Api.Reply wrongKey = admin.send("PUT", "/api/parties/S-1", "{\"key\":\"S-9\",\"name\":\"X\"}", "application/json");
        assertThat(wrongKey.get("error").path("field").asText()).isEqualTo("key");
        assertThat(admin.send("PUT", "/api/parties/S-404", "{\"name\":\"X\"}", "application/json").status())
                .isEqualTo(404);
        JsonNode list = admin.get("/api/parties?q=northern").json();
        assertThat(list.path("total").asInt()).isEqualTo(1);
        assertThat(list.path("parties").get(0).path("identifiers").get(0).asText()).isEqualTo("IMO 9187629");
        Api.Reply header = admin.postCsv("/api/parties", "id,name\n1,X\n");
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.get("error").path("message").asText()).contains("key");
        assertThat(admin.get("/api/alerts?state=WRONG").get("error").path("field").asText()).isEqualTo("state");
        assertThat(admin.get("/api/alerts/999999").status()).isEqualTo(404);
    }
}
