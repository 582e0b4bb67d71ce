package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Accept-Language localises the API's human-readable texts (a determination's one-line answer, a hit's
 * explanation) and nothing else; the impact of a change answers its changed lines as CSV, and a what-if scenario
 * is read from a JSON body whose unknown fields are refused. No database behaviour is involved: H2 only.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageAndImpactApiTest {
    private static final String BOOK = "id,from,to,item,date\n1,JP,KR,2B001,2019-08-01\n2,JP,US,2B001,2019-08-01\n"
            + "3,JP,KR,3C002.a.2,2021-06-01\n";
    private TestServer server;

    @BeforeAll
    void start() throws Exception {
        server = TestServer.overBaseLists(Database.open("jdbc:h2:mem:language_api;DB_CLOSE_DELAY=-1"), 1 << 20);
    }

    @AfterAll
    void stop() {
        TestServer.close(server);
    }

    private Api.Reply post(String path, String body, String language) {
        Api.Reply r = new LanguageClient(server.base(), server.adminKey(), language).post(path, body);
        assertThat(r.status()).as(r.text()).isEqualTo(200);
        return r;
    }

    @Test
    void theOneLineAnswerFollowsAcceptLanguageAndTheFieldsDoNot() {
        String body = "{\"from\":\"KR\",\"to\":\"JP\",\"item\":\"3C002\",\"date\":\"2019-09-19\"}";
        Api.Reply en = post("/api/determinations", body, null);
        Api.Reply ja = post("/api/determinations", body, "ja-JP,ja;q=0.9");
        Api.Reply ko = post("/api/determinations", body, "ko");
        assertThat(en.get("summary").asText()).startsWith("Licence required: INDIVIDUAL");
        assertThat(ja.get("summary").asText()).startsWith("許可が必要：個別許可（INDIVIDUAL）");
        assertThat(ko.get("summary").asText()).startsWith("허가 필요: 개별허가 (INDIVIDUAL)");
        for (Api.Reply r : new Api.Reply[] {ja, ko}) {
            assertThat(r.get("licenceOptions").toString()).isEqualTo(en.get("licenceOptions").toString());
            assertThat(r.get("confidence").asText()).isEqualTo(en.get("confidence").asText());
            assertThat(r.get("trace").toString()).isEqualTo(en.get("trace").toString());
        }
    }

    @Test
    void aHitsExplanationFollowsAcceptLanguage() {
        String body = "{\"name\":\"Ivan Petrovich Sidorov\",\"country\":\"RU\"}";
        Api.Reply ja = post("/api/screenings", body, "ja");
        Api.Reply en = post("/api/screenings", body, "en-GB");
        assertThat(ja.get("hits").get(0).path("explanation").path("summary").asText())
                .contains("ivan→ivan 完全一致", "国 一致 RU");
        assertThat(en.get("hits").get(0).path("explanation").path("summary").asText())
                .contains("ivan→ivan EXACT", "country match RU");
        assertThat(ja.get("hits").get(0).path("explanation").path("tokens").toString())
                .isEqualTo(en.get("hits").get(0).path("explanation").path("tokens").toString());
    }

    @Test
    void aDeterminationWithAnEndUserNamesTheListVersions() {
        Api.Reply r = post("/api/determinations",
                "{\"from\":\"JP\",\"to\":\"KR\",\"item\":\"3C002\",\"date\":\"2019-07-10\",\"endUser\":\"Acme\"}", null);
        assertThat(r.get("listVersions").get(0).asText()).startsWith("test@");
        assertThat(r.json().has("listWarnings")).isFalse();
    }

    @Test
    void theImpactOfAChangeAnswersItsChangedLinesAsCsv() {
        Api.Reply csv = server.admin().send("POST", "/api/impact?before=2019-08-27&after=2019-08-28&format=csv", BOOK,
                "text/csv");
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        String[] lines = csv.text().split("\r?\n");
        assertThat(lines[0]).isEqualTo("id,from,to,item,date,before_licence_options,after_licence_options,"
                + "before_review_days,after_review_days,before_licence_required,after_licence_required,"
                + "before_catch_all,after_catch_all,before_documents,after_documents,before_prohibited,after_prohibited,before_policy,after_policy,before_authority,after_authority,reasons");
        // line 1 changes (Korea leaves Group A on 2019-08-28: no more general bulk licence); line 2 (to the US) does not
        assertThat(lines).anyMatch(l -> l.startsWith("1,JP,KR,2B001,2019-08-01,GENERAL_BULK"));
        assertThat(lines).noneMatch(l -> l.startsWith("2,"));
        Api.Reply bad = server.admin().send("POST", "/api/impact?before=2019-08-27&after=2019-08-28&format=pdf", BOOK,
                "text/csv");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.get("error").get("field").asText()).isEqualTo("format");
    }

    @Test
    void theImpactListsEachRejectedLineWithItsLineNumberAndReason() {
        String book = BOOK + "4,JP,KR,2B001,not-a-date\n5,JP,KR,2B001,2019-08-01\n";
        Api.Reply json = server.admin().send("POST", "/api/impact?before=2019-08-27&after=2019-08-28&format=json",
                book, "text/csv");
        assertThat(json.status()).as(json.text()).isEqualTo(200);
        assertThat(json.get("rejectedLines").asLong()).isEqualTo(1);
        assertThat(json.get("lines").asLong()).isEqualTo(4);
        assertThat(json.get("rejected")).hasSize(1);
        assertThat(json.get("rejected").get(0).get("line").asLong()).isEqualTo(5); // the header is line 1
        assertThat(json.get("rejected").get(0).get("reason").asText()).contains("date");
        Api.Reply html = server.admin().send("POST", "/api/impact?before=2019-08-27&after=2019-08-28", book,
                "text/csv");
        assertThat(html.status()).as(html.text()).isEqualTo(200);
        assertThat(html.text()).contains("Rejected lines", "<td class=\"n\">5</td>");
    }

    @Test
    void aWhatIfScenarioIsComparedWithTheRegimeAsItStands() throws Exception {
        String scenario = Files.readString(Path.of("../examples/scenario.yaml"));
        Api.Reply html = server.admin().post("/api/impact/scenario?after=2021-06-01",
                Map.of("orders", BOOK, "scenario", scenario));
        assertThat(html.status()).as(html.text()).isEqualTo(200);
        assertThat(html.text()).contains("with scenario", "Korea back to Group A in 2020");
        Api.Reply csv = server.admin().post("/api/impact/scenario?after=2021-06-01&format=csv",
                Map.of("orders", BOOK, "scenario", scenario));
        assertThat(csv.text().split("\r?\n")).anyMatch(l -> l.startsWith("3,JP,KR,3C002.a.2"));

        Api.Reply unknown = server.admin().post("/api/impact/scenario",
                Map.of("orders", BOOK, "scenario", scenario, "reference", "x"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.get("error").get("field").asText()).isEqualTo("reference");
        Api.Reply badScenario = server.admin().post("/api/impact/scenario",
                Map.of("orders", BOOK, "scenario", "jurisdiction: XX\ntitle: t\nchanges: []\n"));
        assertThat(badScenario.status()).isEqualTo(400);
        assertThat(badScenario.get("error").get("field").asText()).isEqualTo("scenario");
        assertThat(badScenario.get("error").get("message").asText()).contains("XX");
        Api.Reply noOrders = server.admin().post("/api/impact/scenario", Map.of("scenario", scenario));
        assertThat(noOrders.get("error").get("field").asText()).isEqualTo("orders");
    }

    /** An API client that sends an Accept-Language header. */
    private static final class LanguageClient {
        private final String base;
        private final String key;
        private final String language;

        LanguageClient(String base, String key, String language) {
            this.base = base;
            this.key = key;
            this.language = language;
        }

        Api.Reply post(String path, String body) {
            try {
                java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                        .header("X-API-Key", key).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body));
                if (language != null) {
                    b.header("Accept-Language", language);
                }
                java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient()
                        .send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                return new Api.Reply(r.statusCode(), Api.JSON.readTree(r.body()), r.body());
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
