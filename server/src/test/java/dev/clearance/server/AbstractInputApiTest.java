package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9, problems 2, 3, 4 and 9 over HTTP, once per database: uploads read in the charset their
 * {@code Content-Type} declares, bad lines refused by line while the good ones are kept, bounds on names, fields
 * and rows, and validation of screenings, licences and fixed-vocabulary query parameters, all as 400s naming the
 * field.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractInputApiTest {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private TestDatabase databases;
    private TestServer server;
    private Api admin;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 4 << 20);
        admin = server.admin();
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    private Api.Reply upload(String path, byte[] body, String contentType) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.base() + path)).timeout(Duration.ofSeconds(60))
                .header("X-API-Key", server.adminKey()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> reply = CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode json;
        try {
            json = Api.JSON.readTree(reply.body());
        } catch (java.io.IOException e) {
            json = Api.JSON.getNodeFactory().missingNode();
        }
        return new Api.Reply(reply.statusCode(), json, reply.body());
    }

    private JsonNode finished(Api.Reply submitted) throws InterruptedException {
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String id = submitted.get("id").asText();
        JsonNode job = submitted.json();
        for (int i = 0; i < 600 && !job.path("status").asText().equals("DONE"); i++) {
            Thread.sleep(100);
            job = admin.get("/api/screenings/batch/" + id).json();
        }
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        return admin.get("/api/screenings/batch/" + id + "/results?limit=1000").get("results");
    }

    private static void assertBadRequest(Api.Reply r, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(400);
        assertThat(r.get("error").path("field").asText()).as(r.text()).isEqualTo(field);
        assertThat(r.get("error").path("message").asText().length()).as("quotes at most 200 characters")
                .isLessThan(600);
    }

    @Test
    void aBatchRowAfterAnUnclosedQuoteIsStillScreenedAndTheBadRowNamesItsLine() throws Exception {
        JsonNode results = finished(admin.postCsv("/api/screenings/batch",
                "id,name,country\n1,\"Acme Trading,JP\n2,Eastern Star Trading Company,KP\n"));
        assertThat(results.size()).isEqualTo(2);
        assertThat(results.get(0).path("line").asInt()).isEqualTo(2);
        assertThat(results.get(0).path("error").asText()).contains("unclosed quote");
        assertThat(results.get(1).path("line").asInt()).isEqualTo(3);
        assertThat(results.get(1).path("hits").get(0).path("entryId").asText()).isEqualTo("ftm:o2");
    }

    @Test
    void aBatchUploadIsReadInTheCharsetItDeclares() throws Exception {
        String csv = "id,name,country\n1,東京電機株式会社,JP\n2,Eastern Star Trading Company,KP\n";
        JsonNode results = finished(upload("/api/screenings/batch", csv.getBytes(Charset.forName("Shift_JIS")),
                "text/csv; charset=Shift_JIS"));
        assertThat(results.get(0).path("name").asText()).isEqualTo("東京電機株式会社");
        assertThat(results.get(1).path("hits").get(0).path("entryId").asText()).isEqualTo("ftm:o2");

        JsonNode korean = finished(upload("/api/screenings/batch", "id,name\n1,삼성전자\n".getBytes("x-windows-949"),
                "text/csv;charset=\"CP949\""));
        assertThat(korean.get(0).path("name").asText()).isEqualTo("삼성전자");
    }

    @Test
    void bytesNotValidInTheDeclaredCharsetRefuseTheirRowNamingTheLineNeverMojibake() throws Exception {
        byte[] sjis = "id,name\n1,東京電機\n2,Eastern Star Trading Company\n".getBytes(Charset.forName("Shift_JIS"));
        JsonNode results = finished(upload("/api/screenings/batch", sjis, "text/csv"));
        assertThat(results.size()).isEqualTo(2);
        assertThat(results.get(0).path("line").asInt()).isEqualTo(2);
        assertThat(results.get(0).path("error").asText()).contains("U+FFFD");
        assertThat(results.get(0).has("hits")).isFalse();
        assertThat(results.get(1).path("hits").get(0).path("entryId").asText()).isEqualTo("ftm:o2");
    }

    @Test
    void anUnknownCharsetIsA400NamingContentType() throws Exception {
        assertBadRequest(upload("/api/screenings/batch", "id,name\n1,x\n".getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=klingon-8"), "Content-Type");
    }

    @Test
    void anOrderBookKeepsItsGoodLinesAndNamesTheBadOnes() throws Exception {
        String book = "id,from,to,item,date,end_user\n"
                + "o1,JP,KR,3C002,2019-07-10,Société Générale\n"
                + "o2,JP,KR,3C002,2019-07-10,\"Acme\n"
                + "o3,JP,KR,3C002,2019-07-10,\n";
        Api.Reply ok = upload("/api/determinations/batch", book.getBytes("windows-1252"),
                "text/csv; charset=windows-1252");
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.get("determined").asInt()).isEqualTo(2);
        assertThat(ok.get("problems").get(0).path("message").asText()).contains("upload:3: unclosed quote");

        Api.Reply utf8 = upload("/api/determinations/batch", book.getBytes("windows-1252"), "text/csv");
        assertThat(utf8.status()).as(utf8.text()).isEqualTo(200);
        assertThat(utf8.get("determined").asInt()).isEqualTo(1);
        assertThat(utf8.text()).contains("upload:2: bytes 0xE9");
    }

    @Test
    void uploadsWithMoreRowsThanTheMaximumAreRefused() {
        // a server over the same application made with a three-row limit (limits are fixed when a server is made)
        ClearanceServer small = ClearanceServer.create(server.parts(), server.limits().withMaxRows(3))
                .start("127.0.0.1", 0);
        try {
            Api admin = new Api("http://127.0.0.1:" + small.port(), server.adminKey());
            assertBadRequest(admin.postCsv("/api/screenings/batch", "id,name\n" + "1,Some Body\n".repeat(4)), "file");
            assertThat(admin.postCsv("/api/screenings/batch", "id,name\n" + "1,Some Body\n".repeat(3)).status())
                    .isEqualTo(202);
            assertBadRequest(admin.postCsv("/api/determinations/batch", "id,from,to,item,date\n"
                    + "o,JP,KR,3C002,2019-07-10\n".repeat(4)), "file");
        } finally {
            small.stop();
        }
    }

    @Test
    void screeningRefusesEmptyHugeAndWordyNamesUnknownCountriesAndTypesAndHugeFields() {
        assertBadRequest(admin.post("/api/screenings", Map.of("name", "")), "name");
        assertBadRequest(admin.post("/api/screenings", Map.of("name", "B".repeat(1001))), "name");
        assertBadRequest(admin.post("/api/screenings", Map.of("name", "Bank ".repeat(41))), "name");
        assertBadRequest(admin.post("/api/screenings", Map.of("name", "Ivan Sidorov", "country", "ZZ")), "country");
        assertBadRequest(admin.post("/api/screenings", Map.of("name", "Ivan Sidorov", "type", "made-up")), "type");
        assertBadRequest(admin.post("/api/screenings", Map.of("name", "Ivan Sidorov", "partyKey", "k".repeat(5000))),
                "partyKey");
        assertThat(admin.post("/api/screenings", Map.of("name", "Ivan Sidorov", "country", "Russia")).status())
                .isEqualTo(200);
    }

    @Test
    void aHugeEndUserIsRefusedAt400QuotingAtMost200Characters() {
        Api.Reply r = admin.post("/api/determinations", Map.of("from", "JP", "to", "KR", "item", "3C002",
                "date", "2019-07-10", "endUser", "B".repeat(960_000)));
        assertBadRequest(r, "endUser");
    }

    @Test
    void licencesAreCheckedAgainstTheRegime() {
        Map<String, Object> good = Map.of("jurisdiction", "JP", "type", "individual", "number", "JP-V-1",
                "holder", "Acme", "entries", List.of("3C002"), "destinations", List.of("KR"),
                "validFrom", "2019-01-01");
        assertBadRequest(admin.post("/api/licences", with(good, "jurisdiction", "XX")), "jurisdiction");
        assertBadRequest(admin.post("/api/licences", with(good, "type", "made-up")), "type");
        assertBadRequest(admin.post("/api/licences", with(good, "entries", List.of("banana"))), "entries");
        assertBadRequest(admin.post("/api/licences", with(good, "destinations", List.of("ZZ"))), "destinations");
        Api.Reply ok = admin.post("/api/licences", good);
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
    }

    @Test
    void fixedVocabularyQueryParametersRefuseOtherValues() {
        assertBadRequest(admin.get("/api/audit?order=sideways"), "order");
        assertThat(admin.get("/api/audit?order=asc").status()).isEqualTo(200);
        assertThat(admin.get("/api/audit?order=DESC").status()).isEqualTo(200);
    }

    private static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(m);
        copy.put(k, v);
        return copy;
    }
}
