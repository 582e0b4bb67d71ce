package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /metrics} read by a strict Prometheus text-format parser: the counters of requests per route template,
 * screenings and determinations per outcome and the audit writer move after requests; the health routes answer a
 * load balancer without a key; the request id is answered and kept in the audit records it caused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private TestDatabase databases;
    private TestServer server;
    private Api viewer;

    @BeforeAll
    void start() throws Exception {
        databases = TestDatabase.h2("metrics_api");
        server = TestServer.overBaseLists(databases.open(), 64 * 1024);
        viewer = server.keyWithRole("viewer");
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    private PrometheusText scrape() {
        Api.Reply r = viewer.get("/metrics");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return PrometheusText.parse(r.text());
    }

    @Test
    void countersMoveAfterRequestsAndRoutesAreTemplates() {
        PrometheusText before = scrape();
        Map<String, String> screenRoute = Map.of("method", "POST", "route", "/api/screenings", "status", "200");
        double requestsBefore = before.sum("clearance_http_requests_seconds_count", screenRoute);
        double alertsBefore = before.sum("clearance_screenings_total", Map.of("outcome", "ALERT"));
        double clearBefore = before.sum("clearance_screenings_total", Map.of("outcome", "NO_HIT"));
        double licenceBefore = before.sum("clearance_determinations_total", Map.of("outcome", "licence_required"));
        double commitsBefore = before.sum("clearance_audit_commit_seconds_count", Map.of());

        Api admin = server.admin();
        assertThat(admin.post("/api/screenings", Map.of("name", "Volga Precision Instruments")).get("outcome")
                .asText()).isEqualTo("ALERT");
        assertThat(admin.post("/api/screenings", Map.of("name", "Someone Entirely Unlisted")).get("outcome")
                .asText()).isEqualTo("NO_HIT");
        Api.Reply d = admin.post("/api/determinations", Map.of("from", "JP", "to", "CN", "item", "3C002",
                "date", "2020-01-01"));
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.get("licenceRequired").asBoolean()).isTrue();
        assertThat(admin.get("/api/screenings/batch/no-such-job").status()).isEqualTo(404);

        PrometheusText after = scrape();
        assertThat(after.type("clearance_http_requests_seconds")).isEqualTo("histogram");
        assertThat(after.type("clearance_screenings_total")).isEqualTo("counter");
        assertThat(after.sum("clearance_http_requests_seconds_count", screenRoute) - requestsBefore).isEqualTo(2);
        assertThat(after.sum("clearance_http_requests_seconds_bucket", Map.of("method", "POST", "route",
                "/api/screenings", "status", "200", "le", "+Inf")) - requestsBefore).isEqualTo(2);
        assertThat(after.sum("clearance_screenings_total", Map.of("outcome", "ALERT")) - alertsBefore).isEqualTo(1);
        assertThat(after.sum("clearance_screenings_total", Map.of("outcome", "NO_HIT")) - clearBefore).isEqualTo(1);
        assertThat(after.sum("clearance_determinations_total", Map.of("outcome", "licence_required"))
                - licenceBefore).isEqualTo(1);
        assertThat(after.sum("clearance_audit_commit_seconds_count", Map.of())).isGreaterThan(commitsBefore);
        // the route's template, never the raw path (one series per route, whatever ids are asked for)
        assertThat(after.sum("clearance_http_requests_seconds_count", Map.of("route",
                "/api/screenings/batch/{id}", "status", "404"))).isEqualTo(1);
        assertThat(after.series("clearance_http_requests_seconds_count"))
                .noneMatch(s -> s.labels().get("route").contains("no-such-job"));
        // lists, the audit writer, batch jobs and the JVM are there
        assertThat(after.value("clearance_list_version", Map.of("list", "test"))).isPositive();
        assertThat(after.value("clearance_list_entries", Map.of("list", "test"))).isEqualTo(4);
        assertThat(after.value("clearance_list_age_seconds", Map.of("list", "test"))).isNotNegative();
        assertThat(after.value("clearance_audit_queue_depth", Map.of())).isNotNull();
        assertThat(after.value("clearance_batch_jobs", Map.of("status", "DONE"))).isNotNull();
        assertThat(after.series("jvm_memory_used_bytes")).isNotEmpty();
    }

    @Test
    void batchRowsAreCountedPerOutcome() throws Exception {
        double before = scrape().sum("clearance_batch_rows_total", Map.of("outcome", "ALERT"));
        Api.Reply job = server.admin().postCsv("/api/screenings/batch",
                "id,name\nB-1,Volga Precision Instruments\nB-2,Someone Entirely Unlisted\n");
        assertThat(job.status()).as(job.text()).isEqualTo(202);
        String id = job.get("id").asText();
        for (int i = 0; i < 200 && !server.admin().get("/api/screenings/batch/" + id).get("status").asText()
                .equals("DONE"); i++) {
            Thread.sleep(50);
        }
        PrometheusText after = scrape();
        assertThat(after.sum("clearance_batch_rows_total", Map.of("outcome", "ALERT")) - before).isEqualTo(1);
        assertThat(after.value("clearance_batch_jobs", Map.of("status", "DONE"))).isGreaterThanOrEqualTo(1);
        assertThat(after.value("clearance_batch_rows_pending", Map.of())).isZero();
    }

    @Test
    void metricsNeedAKeyAndHealthRoutesDoNot() throws Exception {
        assertThat(new Api(server.base(), null).get("/metrics").status()).isEqualTo(401);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/metrics"))
                .header("Authorization", "Bearer " + server.adminKey()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain; version=0.0.4");

        Api anonymous = new Api(server.base(), null);
        Api.Reply live = anonymous.get("/health/live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.get("status").asText()).isEqualTo("up");
        Api.Reply ready = anonymous.get("/health/ready");
        assertThat(ready.status()).as(ready.text()).isEqualTo(200);
        assertThat(ready.json().path("checks")).extracting(c -> c.path("name").asText() + "=" + c.path("ok"))
                .containsExactly("database=true", "lists=true");
    }

    @Test
    void aServerWithoutListsIsAliveButNotReady() throws Exception {
        Path dir = Files.createTempDirectory("clearance-ready");
        try (TestDatabase h2 = TestDatabase.h2("metrics_no_lists");
                TestServer bare = TestServer.start(h2.open(), dir.resolve("none.yaml"), 1024)) {
            Api anonymous = new Api(bare.base(), null);
            assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
            Api.Reply ready = anonymous.get("/health/ready");
            assertThat(ready.status()).isEqualTo(503);
            assertThat(ready.get("status").asText()).isEqualTo("down");
            assertThat(ready.text()).contains("no list loaded").doesNotContain(dir.toString());
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Test
    void theRequestIdIsAnsweredAndKeptInTheAuditRecord() throws Exception {
        String body = "{\"name\":\"Boris Nikolaevich Kuznetsov\",\"partyKey\":\"REQ-ID-1\"}";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/screenings"))
                .header("X-API-Key", server.adminKey()).header("Content-Type", "application/json")
                .header("X-Request-Id", "lb-7f3a:42").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a:42");
        long seq = Api.JSON.readTree(r.body()).get("auditSeq").asLong();
        JsonNode record = server.admin().get("/api/audit?subject=REQ-ID-1&action=SCREENING").json()
                .path("records").path(0);
        assertThat(record.path("seq").asLong()).isEqualTo(seq);
        assertThat(record.path("requestId").asText()).isEqualTo("lb-7f3a:42");

        // not a plain token: replaced by a new id, never stored as sent
        HttpResponse<String> odd = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/health/live"))
                .header("X-Request-Id", "a b\"c").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(odd.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
        Api.Reply verify = server.admin().get("/api/audit/verify");
        assertThat(verify.get("ok").asBoolean()).as(verify.text()).isTrue();
    }

    @Test
    void aDecisionRetriedWithItsRequestIdIsRecordedOnce() throws Exception {
        String body = "{\"entryId\":\"ftm:o1\",\"decision\":\"ESCALATED\",\"reason\":\"ask legal\","
                + "\"party\":{\"partyKey\":\"RETRY-1\",\"name\":\"Volga Precision Instruments\",\"country\":\"RU\"}}";
        JsonNode first = decide(body, "retry-abc-1");
        JsonNode again = decide(body, "retry-abc-1");
        assertThat(again.path("id").asLong()).isEqualTo(first.path("id").asLong());
        assertThat(again.path("replayed").asBoolean()).isTrue();
        assertThat(first.has("replayed")).isFalse();
        JsonNode other = decide(body, "retry-abc-2");
        assertThat(other.path("id").asLong()).isNotEqualTo(first.path("id").asLong());
        JsonNode listed = server.admin().get("/api/decisions?partyKey=RETRY-1&entryId=ftm:o1").json();
        assertThat(listed.toString()).contains("\"id\":" + first.path("id").asLong())
                .contains("\"id\":" + other.path("id").asLong());
        assertThat(server.admin().get("/api/audit?subject=RETRY-1&action=DECISION").get("total").asInt())
                .as("one audit record per decision recorded").isEqualTo(2);
    }

    private JsonNode decide(String body, String requestId) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(server.base() + "/api/decisions"))
                .header("X-API-Key", server.adminKey()).header("Content-Type", "application/json")
                .header("X-Request-Id", requestId).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Api.JSON.readTree(r.body());
    }

    @Test
    void theParserRefusesWhatIsNotTheFormat() {
        assertThatThrownBy(() -> PrometheusText.parse("a{b=\"c\"} 1\na{b=\"c\"} 2\n")).hasMessageContaining("twice");
        assertThatThrownBy(() -> PrometheusText.parse("a{b=c} 1\n")).hasMessageContaining("not quoted");
        assertThatThrownBy(() -> PrometheusText.parse("1a 1\n")).hasMessageContaining("bad metric name");
        assertThatThrownBy(() -> PrometheusText.parse("a one\n")).hasMessageContaining("bad value");
        assertThatThrownBy(() -> PrometheusText.parse("# TYPE h histogram\nh_bucket{le=\"1\"} 2\n"
                + "h_bucket{le=\"+Inf\"} 1\nh_count 1\n")).hasMessageContaining("cumulative");
        assertThat(PrometheusText.parse("# HELP a x\n# TYPE a counter\na{b=\"q\\\"\"} 1.5e3\n")
                .value("a", Map.of("b", "q\""))).isEqualTo(1500.0);
    }
}
