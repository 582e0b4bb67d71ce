package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers, each a JVM of its own, on one embedded PostgreSQL, behind no balancer: a list change is fetched once
 * (the other server takes the stored version and asks its source only conditionally), both serve it, its alert is
 * opened once; a batch job's server is killed with {@code kill -9} mid-job and the other finishes it, each row
 * screened and stored once; the audit chain verifies; one key works on both.
 */
class TwoServersOnePostgresTest {
    private static final int ROWS = 12_000;
    private static final Map<String, String> PEOPLE = Map.of("CLEARANCE_DB_USER", "postgres",
            "CLEARANCE_DB_PASSWORD", "postgres", "CLEARANCE_LEASE_SECONDS", "4", "CLEARANCE_LIST_SYNC_SECONDS", "1");
    private final PostgresSupport postgres = new PostgresSupport();
    private ServerProcess a;
    private ServerProcess b;
    private HttpServer publisher;
    private Path dir;

    @AfterEach
    void stop() throws Exception {
        try {
            ServerProcess.close(a);
            ServerProcess.close(b);
        } finally {
            if (publisher != null) {
                publisher.stop(0);
            }
            postgres.close();
            TempDirs.delete(dir);
        }
    }

    @Test
    void oneFetchPerChangeOneRunPerRowAndNoDuplicateAlert() throws Exception {
        String url = postgres.newDatabaseUrl();
        AtomicReference<String> list = new AtomicReference<>(TestLists.BASE);
        AtomicInteger downloads = new AtomicInteger();
        AtomicInteger notModified = new AtomicInteger();
        publisher = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        publisher.createContext("/list.jsonl", ex -> {
            byte[] body = list.get().getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + dev.clearance.records.lists.ListVersions.sha256(body).substring(0, 16) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
            } else {
                downloads.incrementAndGet();
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        publisher.start();
        dir = Files.createTempDirectory("clearance-two-servers");
        Path lists = dir.resolve("lists.yaml");
        Files.writeString(lists, "allowHosts: [127.0.0.1]\nupdateEvery: PT0S\nlists:\n  - name: test\n"
                + "    format: ftm-json\n    url: http://127.0.0.1:" + publisher.getAddress().getPort() + "/list.jsonl\n");

        a = ServerProcess.inTempDir("clearance-server-a").onDatabase(url, with("CLEARANCE_SERVER_ID", "server-a"));
        a.start(lists, "a.log");
        b = ServerProcess.inTempDir("clearance-server-b").onDatabase(url, with("CLEARANCE_SERVER_ID", "server-b"));
        b.start(lists, "b.log");
        Api onA = a.admin();
        Api onB = new Api(b.base(), Files.readString(a.dir().resolve("data/admin.key")).trim());
        assertThat(Files.exists(b.dir().resolve("data/admin.key"))).as("one first admin").isFalse();
        assertThat(downloads.get()).as("B took A's version, asked only whether it changed").isEqualTo(1);
        assertThat(versionId(onB)).isEqualTo(versionId(onA));

        // A party that the next list version lists; then the change, updated on both servers at once.
        Api.Reply party = onA.post("/api/parties", Map.of("key", "P-NL", "name", "Northern Lights Machine Tools",
                "country", "RU"));
        assertThat(party.status()).as(party.text()).isEqualTo(201);
        list.set(TestLists.BASE + "{\"id\":\"o3\",\"schema\":\"Company\",\"properties\":{\"name\":"
                + "[\"Northern Lights Machine Tools\"],\"country\":[\"ru\"]}}\n");
        CompletableFuture<Api.Reply> fromA = CompletableFuture.supplyAsync(() -> onA.post("/api/lists/update", Map.of()));
        CompletableFuture<Api.Reply> fromB = CompletableFuture.supplyAsync(() -> onB.post("/api/lists/update", Map.of()));
        List<String> outcomes = List.of(fromA.get().get("lists").get(0).path("outcome").asText(),
                fromB.get().get("lists").get(0).path("outcome").asText());
        assertThat(outcomes).as("one server loaded, the other found it unchanged").containsExactlyInAnyOrder(
                "loaded", "unchanged");
        assertThat(downloads.get()).as("one fetch per change").isEqualTo(2);
        assertThat(onA.get("/api/lists/versions").get("versions")).hasSize(2);
        assertThat(versionId(onA)).isEqualTo(versionId(onB));
        assertThat(onB.post("/api/screenings", Map.of("name", "Northern Lights Machine Tools")).get("outcome")
                .asText()).isEqualTo("ALERT");
        JsonNode alerts = onB.get("/api/alerts?party=P-NL").json();
        assertThat(alerts.path("total").asInt()).as(alerts.toString()).isEqualTo(1);

        // A change updated on A only: B takes the stored version by itself.
        list.set(list.get() + "{\"id\":\"o4\",\"schema\":\"Company\",\"properties\":{\"name\":"
                + "[\"Southern Cross Avionics\"],\"country\":[\"ru\"]}}\n");
        assertThat(onA.post("/api/lists/update", Map.of()).status()).isEqualTo(200);
        long newest = versionId(onA);
        Instant deadline = Instant.now().plusSeconds(30);
        while (versionId(onB) != newest && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(versionId(onB)).as("B took A's stored version").isEqualTo(newest);
        assertThat(downloads.get()).isEqualTo(3);

        // A batch job: its server is killed mid-job, the other finishes it.
        StringBuilder csv = new StringBuilder("id,name,country\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(i).append(',').append(i % 1000 == 0 ? "Volga Precision Instruments" : "Trading House " + i)
                    .append(",RU\n");
        }
        Api.Reply submitted = onA.postCsv("/api/screenings/batch", csv.toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String job = submitted.get("id").asText();
        deadline = Instant.now().plusSeconds(60);
        String owner = null;
        while (Instant.now().isBefore(deadline)) {
            owner = owner(url, job);
            if (owner != null && onA.get("/api/screenings/batch/" + job).get("committedRows").asInt() > 0) {
                break;
            }
            Thread.sleep(5);
        }
        assertThat(owner).isIn("server-a", "server-b");
        boolean aRuns = owner.equals("server-a");
        (aRuns ? a : b).kill();
        Api survivor = aRuns ? onB : onA;
        int storedByKilled = survivor.get("/api/screenings/batch/" + job).get("committedRows").asInt();
        assertThat(storedByKilled).as("killed mid-job").isBetween(1, ROWS - 1);
        JsonNode status;
        deadline = Instant.now().plusSeconds(180);
        do {
            Thread.sleep(200);
            status = survivor.get("/api/screenings/batch/" + job).json();
        } while (!status.path("status").asText().equals("DONE") && Instant.now().isBefore(deadline));
        assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("DONE");
        assertThat(status.path("attempts").asInt()).isEqualTo(2);
        assertThat(owner(url, job)).isEqualTo(aRuns ? "server-b" : "server-a");
        Set<Integer> rows = new HashSet<>();
        int fetched = 0;
        for (int from = 1; from <= ROWS; from += 5000) {
            for (JsonNode r : survivor.get("/api/screenings/batch/" + job + "/results?from=" + from + "&limit=5000")
                    .get("results")) {
                rows.add(r.path("row").asInt());
                fetched++;
            }
        }
        assertThat(fetched).as("no row twice").isEqualTo(ROWS);
        assertThat(rows).as("no row lost").hasSize(ROWS);
        PrometheusText metrics = PrometheusText.parse(survivor.get("/metrics").text());
        assertThat(metrics.sum("clearance_batch_rows_total", Map.of())).as("the survivor screened exactly the rows "
                + "the killed server had not stored").isEqualTo(ROWS - storedByKilled);
        assertThat(doneRecords(survivor, job)).as("one DONE record").isEqualTo(1);
        Api.Reply verify = survivor.get("/api/audit/verify");
        assertThat(verify.get("ok").asBoolean()).as(verify.text()).isTrue();
        assertThat(survivor.get("/api/alerts?party=P-NL").get("total").asInt()).isEqualTo(1);
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> env = new java.util.HashMap<>(PEOPLE);
        env.put(name, value);
        return env;
    }

    private static long versionId(Api api) {
        return api.get("/api/lists").get("lists").get(0).path("versionId").asLong();
    }

    private static int doneRecords(Api api, String job) {
        int done = 0;
        for (JsonNode r : api.get("/api/audit?action=BATCH_SCREENING&subject=" + job + "&limit=100").get("records")) {
            if (r.path("outputs").path("status").asText().equals("DONE")) {
                done++;
            }
        }
        return done;
    }

    private static String owner(String url, String job) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement s = c.prepareStatement("SELECT owner FROM batch_job WHERE id = ?")) {
            s.setString(1, job);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
