package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.server.logging.LogFormat;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code CLEARANCE_LOG_FORMAT=json}: a server in a JVM of its own logs every line as a JSON object, an access line
 * per request carrying the request id; the server's own startup lines stay plain.
 */
class JsonLogsTest {
    private ServerProcess server;

    @AfterEach
    void stop() throws InterruptedException {
        ServerProcess.close(server);
    }

    @Test
    void everyLogLineIsAJsonObjectAndCarriesTheRequestId() throws Exception {
        server = ServerProcess.inTempDir("clearance-json-logs").withEnv(Map.of("CLEARANCE_LOG_FORMAT", "json"));
        Path lists = TestLists.write(server.dir().resolve("lists"), TestLists.BASE);
        server.start(lists, "run.log");
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(server.base() + "/api/screenings/batch/some-job"))
                .header("X-API-Key", Files.readString(server.dir().resolve("data/admin.key")).trim())
                .header("X-Request-Id", "json-log-1").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(404);
        server.stop();
        List<JsonNode> json = new ArrayList<>();
        for (String line : Files.readAllLines(server.dir().resolve("run.log"))) {
            if (line.startsWith("clearance: ")) {
                continue; // the server's own startup lines, printed for the person starting it
            }
            JsonNode n = Api.JSON.readTree(line);
            assertThat(n.isObject()).as(line).isTrue();
            assertThat(n.has("time") && n.has("level") && n.has("logger") && n.has("message")).as(line).isTrue();
            json.add(n);
        }
        assertThat(json).anySatisfy(n -> {
            assertThat(n.path("logger").asText()).isEqualTo("clearance.access");
            assertThat(n.path("requestId").asText()).isEqualTo("json-log-1");
            assertThat(n.path("message").asText()).startsWith("GET /api/screenings/batch/{id} 404 ").endsWith(" ms");
        });
    }

    @Test
    void anUnknownFormatIsRefusedNamingTheOption() {
        assertThat(LogFormat.parse(null)).isEqualTo(LogFormat.Kind.PLAIN);
        assertThat(LogFormat.parse("JSON")).isEqualTo(LogFormat.Kind.JSON);
        assertThatThrownBy(() -> LogFormat.parse("xml")).hasMessage("--log-format: plain or json, not 'xml'");
    }
}
