package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.clearance.records.Database;
import dev.clearance.application.wiring.Components;
import dev.clearance.server.http.UploadLimits;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Lists never silently shrink, and list updates from a publisher's URL: refused loads keep the last good version
 * (in memory and across a restart), screening against nothing is a 503, every configured list not loaded is named,
 * a new version only on changed content with its delta, conditional GET, and the URL guard. Once per database.
 */
abstract class AbstractListSafetyTest {
    private Path dir;
    private final List<AutoCloseable> open = new ArrayList<>();
    private String dbUrl;

    /** @return the JDBC URL of a new, empty database of the vendor under test */
    protected abstract String newDatabaseUrl();

    /** Releases what the subclass started. */
    protected void release() throws Exception {
    }

    @BeforeEach
    void setUp() throws Exception {
        dir = Files.createTempDirectory("clearance-list-safety");
        dbUrl = newDatabaseUrl();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        open.clear();
        TempDirs.delete(dir);
    }

    /** A running server over the test database and a lists file; returns an admin client. */
    private Api start(Path listsFile) {
        Database db = Database.open(dbUrl, "postgres".equals(user()) ? "postgres" : "sa",
                "postgres".equals(user()) ? "postgres" : "");
        Components services = TestServer.parts(db, listsFile, false);
        String key = services.keys().ensureFirstAdmin().map(k -> k.plaintext()).orElse(null);
        if (key == null) {
            key = services.keys().create("admin-" + System.nanoTime(), dev.clearance.records.access.Role.ADMIN, "test")
                    .plaintext();
        }
        services.lists().reload("system");
        ClearanceServer server = ClearanceServer.create(services, UploadLimits.ofBytes(64 * 1024)).start("127.0.0.1", 0);
        open.add(services);
        open.add(server::stop);
        return new Api("http://127.0.0.1:" + server.port(), key);
    }

    private void stopAll() throws Exception {
        tearDownServersOnly();
    }

    private void tearDownServersOnly() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
        open.clear();
    }

    /** @return the database user for this vendor */
    protected String user() {
        return dbUrl.startsWith("jdbc:postgresql") ? "postgres" : "sa";
    }

    /** A list of n people (FollowTheMoney JSON lines), ids p1..pn, named "Given{i} Family{i}" distinctly. */
    static String people(int from, int to) {
        StringBuilder b = new StringBuilder();
        IntStream.rangeClosed(from, to).forEach(i -> b.append("{\"id\":\"p").append(i)
                .append("\",\"schema\":\"Person\",\"properties\":{\"name\":[\"").append(name(i))
                .append("\"],\"country\":[\"ru\"]}}\n"));
        return b.toString();
    }

    static String name(int i) {
        String[] given = {"Ivan", "Boris", "Oleg", "Pavel", "Yuri", "Anton", "Gleb", "Lev", "Roman", "Ilya"};
        String[] family = {"Sidorov", "Kuznetsov", "Orlov", "Volkov", "Zaitsev", "Morozov", "Sokolov", "Lebedev",
            "Kozlov", "Novikov", "Fedorov", "Belov"};
        return given[i % given.length] + " " + family[(i / given.length) % family.length] + " Kvartalny" + i;
    }

    private Path listsFile(String... lists) throws Exception {
        StringBuilder y = new StringBuilder("lists:\n");
        for (String l : lists) {
            y.append("  - name: ").append(l).append("\n    format: ftm-json\n    path: ").append(l).append(".jsonl\n");
        }
        Path f = dir.resolve("lists.yaml");
        Files.writeString(f, y.toString());
        return f;
    }

    private static JsonNode screen(Api api, String name) {
        Api.Reply r = api.post("/api/screenings", Map.of("name", name));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    private static JsonNode list(Api api, String name) {
        for (JsonNode l : api.get("/api/lists").get("lists")) {
            if (l.path("name").asText().equals(name)) {
                return l;
            }
        }
        throw new AssertionError("no list " + name + " in " + api.get("/api/lists").text());
    }

    @Test
    void aFailedEmptyOrShrunkenReloadIsRefusedAndTheLastGoodVersionServes() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), people(1, 40));
        Api admin = start(listsFile("a"));
        assertThat(list(admin, "a").path("state").asText()).isEqualTo("current");
        assertThat(admin.get("/api/health").get("status").asText()).isEqualTo("ok");
        long v1 = list(admin, "a").path("versionId").asLong();

        // Missing file: 422 naming the list; the good version still screens.
        Files.move(dir.resolve("a.jsonl"), dir.resolve("a.moved"));
        Api.Reply r = admin.post("/api/lists/reload", Map.of());
        assertThat(r.status()).as(r.text()).isEqualTo(422);
        assertThat(r.get("error").path("code").asText()).isEqualTo("lists_refused");
        assertThat(r.get("error").path("message").asText()).contains("a");
        assertThat(r.get("error").path("details").path("lists").get(0).path("reasons").get(0).asText())
                .contains("no such file");
        assertThat(screen(admin, name(7)).path("alert").asBoolean()).isTrue();
        JsonNode state = list(admin, "a");
        assertThat(state.path("state").asText()).isEqualTo("refused-load");
        assertThat(state.path("versionId").asLong()).isEqualTo(v1);
        JsonNode health = admin.get("/api/health").json();
        assertThat(health.path("status").asText()).isEqualTo("degraded");
        assertThat(health.path("reasons").get(0).asText()).contains("list a", "refused", "no such file");

        // Empty file: refused.
        Files.writeString(dir.resolve("a.jsonl"), "");
        assertThat(admin.post("/api/lists/reload", Map.of()).status()).isEqualTo(422);
        // 35 of 40 (12.5% fewer): refused; 37 of 40 (7.5% fewer): accepted, with its delta.
        Files.writeString(dir.resolve("a.jsonl"), people(1, 35));
        r = admin.post("/api/lists/reload", Map.of());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.get("error").path("details").path("lists").get(0).path("reasons").get(0).asText())
                .contains("35 entries", "12.5% fewer", "40");
        assertThat(screen(admin, name(38)).path("alert").asBoolean()).as("entry 38 still screened").isTrue();
        Files.writeString(dir.resolve("a.jsonl"), people(1, 37).replace(name(2), "Changed Person Name")
                + people(41, 41));
        r = admin.post("/api/lists/reload", Map.of());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        JsonNode loaded = r.get("lists").get(0);
        assertThat(loaded.path("outcome").asText()).isEqualTo("loaded");
        long v2 = loaded.path("versionId").asLong();
        JsonNode delta = admin.get("/api/lists/a/versions/" + v2 + "/delta").json();
        assertThat(delta.path("previousVersionId").asLong()).isEqualTo(v1);
        assertThat(delta.path("added").toString()).isEqualTo("[\"a:p41\"]".replace("a:", prefix(admin)));
        assertThat(delta.path("changed").toString()).isEqualTo("[\"a:p2\"]".replace("a:", prefix(admin)));
        assertThat(delta.path("removed")).hasSize(3);
        assertThat(list(admin, "a").path("state").asText()).isEqualTo("current");
        assertThat(admin.get("/api/health").get("status").asText()).isEqualTo("ok");

        // The same content again: no new version.
        int versions = admin.get("/api/lists/versions").get("versions").size();
        r = admin.post("/api/lists/reload", Map.of());
        assertThat(r.get("lists").get(0).path("outcome").asText()).isEqualTo("unchanged");
        assertThat(admin.get("/api/lists/versions").get("versions")).hasSize(versions);
        assertThat(admin.get("/api/lists/versions").get("refusedLoads")).hasSize(3);
        assertThat(admin.get("/api/audit?action=LIST_LOAD_REFUSED").get("records")).hasSize(3);
        assertThat(admin.get("/api/lists/a/versions/" + v2 + "/delta").status()).isEqualTo(200);
        // a query parameter the route does not take is named, never ignored
        assertThat(admin.get("/api/lists/a/versions/" + v2 + "/delta?x").status()).isEqualTo(400);
        assertThat(admin.get("/api/lists/b/versions/" + v2 + "/delta").status()).isEqualTo(404);
        assertThat(admin.get("/api/lists/a/versions/x/delta").status()).isEqualTo(400);
        assertThat(admin.get("/api/audit/verify").get("ok").asBoolean()).isTrue();
    }

    /** The entry id prefix the ftm-json loader gives (its source name). */
    private static String prefix(Api admin) {
        String id = admin.post("/api/screenings", Map.of("name", name(3))).get("hits").get(0).path("entryId")
                .asText();
        return id.substring(0, id.indexOf(':') + 1);
    }

    @Test
    void withNoListLoadedScreeningIsRefusedNeverANoHit() throws Exception {
        Api admin = start(dir.resolve("none.yaml"));
        Api.Reply r = admin.post("/api/screenings", Map.of("name", "Ivan Sidorov"));
        assertThat(r.status()).as(r.text()).isEqualTo(503);
        assertThat(r.get("error").path("code").asText()).isEqualTo("no_lists");
        r = admin.post("/api/determinations", Map.of("from", "JP", "to", "RU", "item", "NONE", "date", "2025-10-01",
                "endUser", "Ivan Sidorov"));
        assertThat(r.status()).as(r.text()).isEqualTo(503);
        r = admin.post("/api/determinations", Map.of("from", "JP", "to", "KR", "item", "NONE", "date", "2025-10-01"));
        assertThat(r.status()).as("no end user: nothing to screen").isEqualTo(200);
        assertThat(admin.postCsv("/api/screenings/batch", "id,name\n1,Ivan Sidorov\n").status()).isEqualTo(503);
        JsonNode health = admin.get("/api/health").json();
        assertThat(health.path("status").asText()).isEqualTo("degraded");
        assertThat(health.path("reasons").toString()).contains("no list loaded");
    }

    @Test
    void aListMissingAtStartIsNamedInHealthAndInEveryScreening() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), people(1, 10));
        Api admin = start(listsFile("a", "b"));
        JsonNode s = screen(admin, name(3));
        assertThat(s.path("alert").asBoolean()).isTrue();
        assertThat(s.path("missingLists").toString()).isEqualTo("[\"b\"]");
        assertThat(list(admin, "b").path("state").asText()).isEqualTo("missing");
        assertThat(admin.get("/api/lists").get("missing").toString()).isEqualTo("[\"b\"]");
        JsonNode health = admin.get("/api/health").json();
        assertThat(health.path("status").asText()).isEqualTo("degraded");
        assertThat(health.path("reasons").toString()).contains("list b is not loaded", "no such file");
        assertThat(admin.get("/api/audit?action=SCREENING").get("records").get(0).path("outputs").toString())
                .contains("missingLists");
        Api.Reply d = admin.post("/api/determinations", Map.of("from", "JP", "to", "RU", "item", "NONE", "date",
                "2025-10-01", "endUser", "Someone Entirely Unlisted"));
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.text()).contains("NOT screened against (not loaded): b");
    }

    @Test
    void afterARestartAFailingListServesItsLastGoodVersionFromTheDatabase() throws Exception {
        Files.writeString(dir.resolve("a.jsonl"), people(1, 20));
        Path lists = listsFile("a");
        Api admin = start(lists);
        String label = list(admin, "a").path("label").asText();
        stopAll();
        Files.writeString(dir.resolve("a.jsonl"), people(1, 5)); // a torn or truncated file
        admin = start(lists);
        JsonNode state = list(admin, "a");
        assertThat(state.path("state").asText()).isEqualTo("refused-load");
        assertThat(state.path("label").asText()).isEqualTo(label);
        JsonNode s = screen(admin, name(17));
        assertThat(s.path("alert").asBoolean()).isTrue();
        assertThat(s.path("listVersions").toString()).contains(label);
        assertThat(admin.get("/api/health").get("status").asText()).isEqualTo("degraded");
    }

    @Test
    void aListUrlIsUpdatedByConditionalGetWithANewVersionOnlyOnChangeAndItsDelta() throws Exception {
        AtomicReference<String> body = new AtomicReference<>(people(1, 30));
        AtomicInteger notModified = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.createContext("/un.jsonl", ex -> {
            byte[] b = body.get().getBytes(StandardCharsets.UTF_8);
            String etag = "\"" + dev.clearance.records.lists.ListVersions.sha256(b).substring(0, 16) + "\"";
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
            } else {
                served.incrementAndGet();
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(200, b.length);
                ex.getResponseBody().write(b);
            }
            ex.close();
        });
        http.createContext("/redirect", ex -> {
            ex.getResponseHeaders().add("Location", "http://localhost:" + http.getAddress().getPort() + "/un.jsonl");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        http.start();
        open.add(0, () -> http.stop(0));
        String url = "http://127.0.0.1:" + http.getAddress().getPort() + "/un.jsonl";
        Path lists = dir.resolve("lists.yaml");

        // Not allowed: loopback is refused before anything is sent.
        Files.writeString(lists, "lists:\n  - name: un\n    format: ftm-json\n    url: " + url + "\n");
        Api admin = start(lists);
        assertThat(served.get()).isZero();
        assertThat(list(admin, "un").path("state").asText()).isEqualTo("missing");
        assertThat(list(admin, "un").path("lastRefusal").path("reasons").get(0).asText())
                .contains("non-public address 127.0.0.1", "allowHosts");

        Files.writeString(lists, "allowHosts: [127.0.0.1]\nlists:\n  - name: un\n    format: ftm-json\n    url: "
                + url + "\n");
        Api.Reply r = admin.post("/api/lists/update", Map.of());
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.get("lists").get(0).path("outcome").asText()).isEqualTo("loaded");
        long v1 = r.get("lists").get(0).path("versionId").asLong();
        assertThat(served.get()).isEqualTo(1);

        r = admin.post("/api/lists/update", Map.of());
        assertThat(r.get("lists").get(0).path("outcome").asText()).isEqualTo("unchanged");
        assertThat(notModified.get()).as("conditional GET answered 304").isEqualTo(1);

        body.set(people(2, 30) + people(31, 32));
        r = admin.post("/api/lists/update", Map.of());
        assertThat(r.get("lists").get(0).path("outcome").asText()).isEqualTo("loaded");
        long v2 = r.get("lists").get(0).path("versionId").asLong();
        JsonNode counts = r.get("lists").get(0).path("delta");
        assertThat(List.of(counts.path("added").asInt(), counts.path("changed").asInt(), counts.path("removed").asInt()))
                .containsExactly(2, 0, 1);
        JsonNode delta = admin.get("/api/lists/un/versions/" + v2 + "/delta").json();
        assertThat(delta.path("previousVersionId").asLong()).isEqualTo(v1);
        assertThat(delta.path("added")).hasSize(2);
        assertThat(delta.path("removed").get(0).asText()).endsWith(":p1");

        body.set(people(1, 3));
        r = admin.post("/api/lists/update", Map.of());
        assertThat(r.status()).isEqualTo(422);
        assertThat(screen(admin, name(31)).path("alert").asBoolean()).as("last good version serves").isTrue();

        // A redirect to a host not allowed (localhost is not 127.0.0.1 by name) is refused.
        Files.writeString(lists, "allowHosts: [127.0.0.1]\nlists:\n  - name: un\n    format: ftm-json\n    url: http://127.0.0.1:"
                + http.getAddress().getPort() + "/redirect\n");
        body.set(people(1, 40));
        r = admin.post("/api/lists/update", Map.of());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.text()).contains("redirect to http://localhost");
        assertThat(admin.get("/api/audit/verify").get("ok").asBoolean()).isTrue();
    }

    @Test
    void onlyAnAdminUpdatesListsAndOnlyHttpUrlsAreAccepted() throws Exception {
        Path lists = dir.resolve("lists.yaml");
        Files.writeString(lists, "lists:\n  - name: x\n    format: ftm-json\n    url: file:///etc/passwd\n");
        Files.writeString(dir.resolve("ok.yaml"), "lists: []\n");
        Api admin = start(dir.resolve("ok.yaml"));
        Api.Reply k = admin.post("/api/keys", Map.of("name", "officer-" + System.nanoTime(), "role", "officer"));
        Api officer = admin.as(k.get("key").asText());
        assertThat(officer.post("/api/lists/update", Map.of()).status()).isEqualTo(403);
        Files.copy(lists, dir.resolve("ok.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Api.Reply r = admin.post("/api/lists/update", Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("error").path("message").asText()).contains("lists[0].url", "only http:// and https://");
    }
}
