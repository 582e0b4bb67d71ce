package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kill -9} of the server (a separate JVM on an H2 file database) in the middle of a list reload, then a
 * restart on a torn list file: the last good lists serve (complete, as recorded), the torn load is refused, and the
 * audit chain verifies.
 */
class ListReloadCrashTest {
    private static final int ENTRIES = 12_000;
    private ServerProcess server;

    @AfterEach
    void stopServer() throws InterruptedException {
        ServerProcess.close(server);
    }

    @Test
    void aServerKilledMidReloadServesItsLastGoodListsAfterRestart() throws Exception {
        server = ServerProcess.inTempDir("clearance-list-crash");
        Path dir = server.dir();
        Path listFile = dir.resolve("lists/big.jsonl");
        Files.createDirectories(listFile.getParent());
        Files.writeString(listFile, AbstractListSafetyTest.people(1, ENTRIES));
        Path lists = dir.resolve("lists/lists.yaml");
        Files.writeString(lists, "lists:\n  - name: big\n    format: ftm-json\n    path: big.jsonl\n");
        server.start(lists, "run1.log");
        Api admin = server.admin();
        String v1 = admin.get("/api/lists").get("lists").get(0).path("label").asText();

        // A new version with more entries, reloaded; the server is killed before it answers.
        Files.writeString(listFile, AbstractListSafetyTest.people(1, ENTRIES + 2_000));
        CompletableFuture<Api.Reply> reload = CompletableFuture.supplyAsync(
                () -> admin.post("/api/lists/reload", Map.of()));
        Thread.sleep(400);
        boolean midReload = !reload.isDone();
        server.kill();
        assertThat(midReload).as("killed before the reload answered").isTrue();

        // The file is left torn (a third of it), as a copy interrupted by the same crash would leave it.
        String whole = Files.readString(listFile);
        Files.writeString(listFile, whole.substring(0, whole.length() / 3));
        server.start(lists, "run2.log");

        JsonNode state = admin.get("/api/lists").json();
        JsonNode big = state.path("lists").get(0);
        assertThat(big.path("state").asText()).isEqualTo("refused-load");
        String serving = big.path("label").asText();
        JsonNode recorded = null;
        for (JsonNode v : admin.get("/api/lists/versions").get("versions")) {
            if (v.path("label").asText().equals(serving)) {
                recorded = v;
            }
        }
        assertThat(recorded).as("serves a recorded version: " + serving + " (v1 was " + v1 + ")").isNotNull();
        assertThat(state.path("entries").asInt()).as("complete, as recorded").isEqualTo(recorded.path("entries").asInt());
        assertThat(recorded.path("entries").asInt()).isIn(ENTRIES, ENTRIES + 2_000);
        Api.Reply s = admin.post("/api/screenings", Map.of("name", AbstractListSafetyTest.name(ENTRIES - 1)));
        assertThat(s.status()).as(s.text()).isEqualTo(200);
        assertThat(s.get("alert").asBoolean()).isTrue();
        assertThat(s.get("listVersions").toString()).contains(serving);
        assertThat(Files.readString(dir.resolve("run2.log"))).contains("DEGRADED: list big refused-load");
        assertThat(admin.get("/api/health").get("status").asText()).isEqualTo("degraded");
        Api.Reply verify = admin.get("/api/audit/verify");
        assertThat(verify.get("ok").asBoolean()).as(verify.text()).isTrue();
    }
}
