package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The examples of issue 8 (regimes.md §8) through the REST API, one export at a time and as an order book:
 * prohibited, confidence, the real control list. Once per database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractDeterminationApiTest {
    private TestDatabase databases;
    private TestServer server;
    private Api api;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 64 * 1024);
        api = server.admin();
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    private JsonNode determine(String from, String to, String item, String date, String... more) {
        Map<String, Object> body = new HashMap<>(Map.of("from", from, "to", to, "item", item, "date", date));
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        Api.Reply r = api.post("/api/determinations", body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r.json();
    }

    @Test
    void theExamplesOfTheAuditHold() {
        JsonNode it = determine("KR", "IT", "3C002", "2020-01-01");
        assertThat(it.get("licenceOptions").toString()).isEqualTo("[\"COMPREHENSIVE\",\"INDIVIDUAL\"]");
        assertThat(it.get("reviewDays").asInt()).isEqualTo(5);
        assertThat(it.get("documents").asInt()).isEqualTo(3);
        assertThat(it.get("trace").toString()).contains("Italy is in Ga-1");
        JsonNode nl = determine("KR", "NL", "3C002", "2019-03-01");
        assertThat(nl.get("documents").asInt()).isEqualTo(3);
        assertThat(nl.get("trace").toString()).contains("Netherlands is in Ga");

        JsonNode kp = determine("JP", "KP", "NONE", "2022-02-02");
        assertThat(kp.get("prohibited").asBoolean()).isTrue();
        assertThat(kp.get("licenceRequired").asBoolean()).isTrue();
        assertThat(kp.get("licenceOptions")).isEmpty();
        assertThat(kp.get("summary").asText()).startsWith("Prohibited");

        JsonNode mxAfter = determine("JP", "MX", "NONE", "2025-10-10", "hs", "8458", "endUse", "conventional-weapons");
        assertThat(mxAfter.get("licenceRequired").asBoolean()).isTrue();
        assertThat(mxAfter.get("confidence").asText()).isEqualTo("check");
        JsonNode mxBefore = determine("JP", "MX", "NONE", "2025-10-08", "hs", "8458", "endUse", "conventional-weapons");
        assertThat(mxBefore.get("licenceRequired").asBoolean()).isFalse();
        assertThat(mxBefore.get("confidence").asText()).isEqualTo("confirmed");

        JsonNode late = determine("JP", "KR", "2B001", "2027-03-01");
        assertThat(late.get("confidence").asText()).isEqualTo("check");
        assertThat(late.get("trace").toString()).contains("reviewed up to 2026-11-29");

        JsonNode ru = determine("KR", "RU", "NONE", "2021-03-01", "hs", "8479", "endUse", "conventional-weapons");
        assertThat(ru.get("licenceRequired").asBoolean()).isTrue();
        assertThat(ru.get("catchAll").asBoolean()).isTrue();

        JsonNode usOnly = determine("JP", "CN", "3A090", "2026-01-01", "hs", "8542");
        assertThat(usOnly.get("licenceRequired").asBoolean()).isFalse();
        assertThat(usOnly.get("trace").toString()).contains("US-only ECCN");
    }

    @Test
    void theUsEarExamplesHold() {
        assertThat(determine("US", "FR", "3C002", "2026-09-01").get("licenceRequired").asBoolean()).isFalse();
        assertThat(determine("US", "FR", "3C002", "2026-09-01").get("summary").asText()).startsWith("NLR");
        assertThat(determine("US", "CN", "1C009.b", "2026-09-01").get("licenceOptions").toString()).isEqualTo("[\"LICENSE\"]");
        Map<String, Object> sg = new HashMap<>(Map.of("from", "US", "to", "SG", "item", "3C002.a.1", "date", "2026-09-01",
                "value", 2000, "currency", "USD"));
        assertThat(api.post("/api/determinations", sg).get("licenceOptions").toString()).contains("LVS", "GBS");
        sg.put("value", 5000);
        assertThat(api.post("/api/determinations", sg).get("licenceOptions").toString()).doesNotContain("LVS");
        assertThat(determine("US", "CU", "NONE", "2026-09-01").get("licenceRequired").asBoolean()).isTrue();
        // §744.23(a)(3)(i): where the end user is headquartered decides; not given, the answer is check
        Map<String, Object> ac = new HashMap<>(Map.of("from", "US", "to", "SG", "item", "5A992.z.2", "date", "2026-09-01"));
        assertThat(api.post("/api/determinations", ac).get("confidence").asText()).isEqualTo("check");
        ac.put("headquarters", "CN");
        assertThat(api.post("/api/determinations", ac).get("licenceRequired").asBoolean()).isTrue();
        Api.Reply early = api.post("/api/determinations", Map.of("from", "US", "to", "FR", "item", "3C002",
                "date", "2026-01-01"));
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.get("error").path("field").asText()).isEqualTo("date");
    }

    /**
     * The bad export requests of ExportRequestFormTest (core) and RequestRefusalsCliTest (cli) through the JSON
     * body: each a 400 naming the field as the body spells it, on determinations and on applications alike.
     */
    @Test
    void theBadRequestsOfEveryWayInAreRefusedNamingTheJsonField() {
        Object[][] cases = {
            {"currency", "US1", "value", 2000, "currency", "ISO 4217"},
            {"currency", "XYZ", "value", 2000, "currency", "ISO 4217"},
            {"currency", "USD", "value", null, "value", "a currency is given"},
            {"value", 2000, "currency", null, "currency", "ISO 4217"},
            {"value", "1,5", "currency", "EUR", "value", "not a number"},
            {"item", "3C0O2", "cas", null, "item", "NONE"},
            {"item", "", "cas", null, "item", "required"},
            {"endUse", "piracy", "cas", null, "endUse", "expected civil"},
            {"date", "10/07/2019", "cas", null, "date", "YYYY-MM-DD"},
            {"to", "XX", "cas", null, "to", "ISO 3166-1"},
            {"headquarters", "SG,XX", "cas", null, "headquarters", "ISO 3166-1"},
            {"from", "JPN", "cas", null, "from", "exporting jurisdiction"}};
        for (Object[] c : cases) {
            Map<String, Object> body = new HashMap<>(Map.of("from", "US", "to", "SG", "item", "3C002.a.1",
                    "date", "2026-09-01", "route", "LICENSE", "holder", "Acme", "endUser", "Acme"));
            body.put((String) c[0], c[1]);
            body.put((String) c[2], c[3]);
            for (String route : new String[] {"/api/determinations", "/api/applications"}) {
                if (route.endsWith("applications") && (((String) c[0] + c[2]).contains("value") || c[0].equals("date"))) {
                    continue; // an application's values are per line, its day the filing day
                }
                Map<String, Object> sent = new HashMap<>(body);
                if (route.endsWith("determinations")) {
                    sent.remove("route"); // an application's fields: a determination refuses them as unknown
                    sent.remove("holder");
                }
                Api.Reply r = api.post(route, sent);
                assertThat(r.status()).as(route + " " + body + ": " + r.text()).isEqualTo(400);
                assertThat(r.get("error").path("field").asText()).as(route + " " + body).isEqualTo(c[4]);
                assertThat(r.get("error").path("message").asText()).as(route + " " + body).contains((String) c[5]);
            }
        }
    }

    /**
     * The answer is written from its audit record's stored outputs (not serialised a second time): it must be those
     * outputs, field for field and in order, with only {@code auditSeq} added last, for answers with and without an
     * end user, in English and with Japanese words in their trace.
     */
    @Test
    void theAnswerIsItsAuditRecordsOutputsWithItsNumber() {
        List<Map<String, Object>> bodies = List.of(
                Map.of("from", "JP", "to", "CN", "item", "NONE", "date", "2023-05-01", "endUse", "wmd", "hs", "8471"),
                Map.of("from", "KR", "to", "CN", "item", "3A001", "date", "2021-06-30", "endUser", "Acme Trading GmbH"),
                Map.of("from", "JP", "to", "KR", "item", "3C002", "date", "2019-07-10", "consignee", "Acme",
                        "quantity", 5, "value", 1000, "currency", "USD"));
        for (Map<String, Object> body : bodies) {
            Api.Reply r = api.post("/api/determinations", body);
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            long seq = r.json().get("auditSeq").asLong();
            assertThat(r.text()).endsWith(",\"auditSeq\":" + seq + "}");
            JsonNode outputs = null;
            for (JsonNode rec : api.get("/api/audit?action=DETERMINATION&limit=1000").json().get("records")) {
                if (rec.get("seq").asLong() == seq) {
                    outputs = rec.get("outputs");
                }
            }
            assertThat(outputs).as("audit record %d", seq).isNotNull();
            com.fasterxml.jackson.databind.node.ObjectNode answer = r.json().deepCopy();
            answer.remove("auditSeq");
            assertThat(answer).isEqualTo(outputs);
            List<String> answered = new java.util.ArrayList<>();
            answer.fieldNames().forEachRemaining(answered::add);
            List<String> stored = new java.util.ArrayList<>();
            outputs.fieldNames().forEachRemaining(stored::add);
            assertThat(answered).isEqualTo(stored);
        }
    }

    @Test
    void anUnknownCodeIsA400NamingTheItem() {
        Api.Reply r = api.post("/api/determinations", Map.of("from", "JP", "to", "CN", "item", "3C099",
                "date", "2020-01-01"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.get("error").path("field").asText()).isEqualTo("item");
        assertThat(r.get("error").path("message").asText()).isEqualTo("3C099: not an entry of the Japanese control list");
    }

    @Test
    void anOrderBookCarriesProhibitedAndConfidence() {
        Api.Reply r = api.postCsv("/api/determinations/batch", "id,from,to,item,date,hs,end_use\n"
                + "a,JP,KP,3C002,2020-01-01,,\n"
                + "b,JP,MX,NONE,2025-10-10,8458,conventional-weapons\n"
                + "c,JP,CN,3C099,2020-01-01,,\n");
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        assertThat(r.get("determined").asInt()).isEqualTo(2);
        assertThat(r.get("problems").get(0).path("message").asText()).contains("3C099: not an entry of the Japanese control list");
        JsonNode rows = r.get("determinations");
        assertThat(rows.get(0).path("prohibited").asBoolean()).isTrue();
        assertThat(rows.get(0).path("licenceOptions")).isEmpty();
        assertThat(rows.get(1).path("confidence").asText()).isEqualTo("check");
    }
}
