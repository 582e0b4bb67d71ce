package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** POST /api/classifications (issue 21): the answer as JSON, bad fields as 400s naming them. No table is read or written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassificationApiTest {
    private TestDatabase databases;
    private TestServer server;
    private Api admin;

    @BeforeAll
    void start() throws Exception {
        databases = TestDatabase.h2("classification_api");
        server = TestServer.overBaseLists(databases.open(), 4 << 20);
        admin = server.admin();
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    @Test
    void classifiesAndChecksEachThreshold() {
        Api.Reply r = admin.post("/api/classifications", Map.of("description", "fluorinated polyimide film",
                "parameters", List.of("fluorine=12%wt")));
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.get("outcome").asText()).isEqualTo("LISTED");
        assertThat(r.get("candidates").get(0).path("paragraph").asText()).isEqualTo("1C009.b");
        assertThat(r.get("candidates").get(0).path("checks").get(0).path("result").asText()).isEqualTo("MEETS");
        assertThat(r.get("candidates").get(0).path("regimes").toString()).contains("ETCO Appended Table 1 row 5");
        Api.Reply byCas = admin.post("/api/classifications", Map.of("cas", List.of("7664-39-3")));
        assertThat(byCas.get("candidates").get(0).path("paragraph").asText()).isEqualTo("1C350.d.15");
    }

    @Test
    void badFieldsAre400sNamingThem() {
        Api.Reply unit = admin.post("/api/classifications", Map.of("description", "resist", "parameters", List.of("wavelength=13 parsecs")));
        assertThat(unit.status()).isEqualTo(400);
        assertThat(unit.get("error").path("field").asText()).isEqualTo("parameters");
        Api.Reply cas = admin.post("/api/classifications", Map.of("description", "hf", "cas", List.of("7664-39-4")));
        assertThat(cas.get("error").path("field").asText()).isEqualTo("cas");
        Api.Reply empty = admin.post("/api/classifications", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.get("error").path("field").asText()).isEqualTo("description");
    }
}
