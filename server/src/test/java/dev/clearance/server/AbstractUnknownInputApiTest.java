package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.server.http.RequestSchemas;
import dev.clearance.server.http.Routing;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Unknown input is refused, never ignored: every route of the server's route table that takes a body answers an
 * unknown JSON field, or a CSV column it does not take, with 400 naming it (a new route is covered as soon as it
 * is registered; a CSV route without a sample here fails the test).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractUnknownInputApiTest {
    /** A valid header with one column too many, per CSV route. */
    private static final Map<String, String> CSV = Map.of(
            "POST /api/screenings/batch", "id,name,colour\n1,Acme,red\n",
            "POST /api/determinations/batch", "id,from,to,item,date,colour\no-1,JP,KR,3C002,2019-07-10,red\n",
            "POST /api/impact", "id,from,to,item,date,colour\no-1,JP,KR,3C002,2019-07-10,red\n",
            "POST /api/workload", "id,from,to,item,date,colour\no-1,JP,KR,3C002,2019-07-10,red\n",
            "POST /api/parties", "key,name,colour\nC-1,Acme,red\n",
            "POST /api/product-master/csv", "product,description,colour\nP-1,resist,red\n");
    private static final Map<String, String> CSV_QUERY = Map.of(
            "POST /api/impact", "?before=2019-08-27&after=2019-08-28",
            "POST /api/workload", "?before=2019-08-27&after=2019-08-28");
    private TestDatabase databases;
    private TestServer server;
    private Api admin;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 64 * 1024);
        admin = server.admin();
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    private static String concrete(String path) {
        return path.replace("{id}", "1").replace("{key}", "C-1").replace("{name}", "test")
                .replace("{version}", "1").replace("{jurisdiction}", "JP");
    }

    @Test
    void everyRouteNamesAnUnknownQueryParameter() {
        // a misspelt parameter (?thresold=, ?expiringWithinDay=) would leave its default in force without a word
        int routes = 0;
        for (Routing.Route r : server.routes()) {
            String route = r.method() + " " + r.path();
            Api.Reply reply = admin.send(r.method(), concrete(r.path()) + "?unknownParamZz=1", "{}",
                    "application/json");
            assertThat(reply.status()).as(route + ": " + reply.text()).isEqualTo(400);
            assertThat(reply.get("error").path("code").asText()).as(route).isEqualTo("unknown_parameter");
            assertThat(reply.get("error").path("field").asText()).as(route).isEqualTo("unknownParamZz");
            routes++;
        }
        assertThat(routes).isGreaterThan(50);
        Api.Reply misspelt = admin.get("/api/licences?expiringWithinDay=30");
        assertThat(misspelt.status()).as(misspelt.text()).isEqualTo(400);
        assertThat(misspelt.text()).contains("expiringWithinDays");
        // lang words any route's texts, as Accept-Language does; declared parameters still work
        assertThat(admin.get("/api/licences?expiringWithinDays=30&lang=ja").status()).isEqualTo(200);
    }

    @Test
    void everyRouteTakingABodyNamesAnUnknownField() {
        int json = 0;
        int csv = 0;
        for (Routing.Route r : server.routes()) {
            if (r.method().equals("GET")) {
                continue;
            }
            String route = r.method() + " " + r.path();
            String path = concrete(r.path());
            boolean takesJson = RequestSchemas.bundled().json(r.method(), r.path()).isPresent();
            boolean takesBody = RequestSchemas.bundled().takesBody(r.method(), r.path());
            if (takesJson || !takesBody) {
                Api.Reply reply = admin.send(r.method(), path, "{\"unknownFieldZz\": 1}", "application/json");
                assertThat(reply.status()).as(route + ": " + reply.text()).isEqualTo(400);
                assertThat(reply.get("error").path("code").asText()).as(route).isEqualTo("unknown_field");
                assertThat(reply.get("error").path("field").asText()).as(route).isEqualTo("unknownFieldZz");
                json++;
            }
            if (takesBody && !takesJson || CSV.containsKey(route)) {
                assertThat(CSV).as(route + " takes CSV: give it a sample with an unknown column").containsKey(route);
                Api.Reply reply = admin.send(r.method(), path + CSV_QUERY.getOrDefault(route, ""), CSV.get(route),
                        "text/csv");
                assertThat(reply.status()).as(route + ": " + reply.text()).isEqualTo(400);
                assertThat(reply.get("error").path("code").asText()).as(route).isEqualTo("unknown_column");
                assertThat(reply.get("error").path("field").asText()).as(route).isEqualTo("colour");
                csv++;
            }
        }
        assertThat(json).isGreaterThan(15);
        assertThat(csv).isEqualTo(CSV.size());
    }

    @Test
    void nestedAndMisspeltFieldsAreNamedWithTheirPlace() {
        Api.Reply misspelt = admin.post("/api/determinations", Map.of("from", "JP", "to", "CN", "item", "NONE",
                "date", "2020-01-01", "end_use", "wmd"));
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.get("error").path("field").asText()).isEqualTo("end_use");
        assertThat(misspelt.get("error").path("message").asText()).contains("endUse");
        Api.Reply nested = admin.post("/api/decisions", Map.of("entryId", "ftm:o1", "decision", "ESCALATED",
                "reason", "r", "party", Map.of("name", "Volga", "counrty", "RU")));
        assertThat(nested.get("error").path("field").asText()).isEqualTo("party.counrty");
        Api.Reply line = admin.post("/api/applications", Map.of("from", "KR", "to", "JP", "item", "3C002",
                "route", "INDIVIDUAL", "holder", "Acme", "endUser", "Sony",
                "lines", List.of(Map.of("quantity", 1), Map.of("referense", "PO-2"))));
        assertThat(line.get("error").path("field").asText()).isEqualTo("lines[1].referense");
        // the application form's order reference is part of the contract
        Api.Reply reference = admin.post("/api/applications", Map.of("from", "KR", "to", "JP", "item", "3C002",
                "route", "INDIVIDUAL", "holder", "Acme", "endUser", "Sony Semiconductor", "filedOn", "2019-09-19",
                "reference", "PO-7", "quantity", 1));
        assertThat(reference.status()).as(reference.text()).isEqualTo(201);
        assertThat(reference.get("lines").get(0).path("reference").asText()).isEqualTo("PO-7");
    }

    @Test
    void declaredExtraColumnsAreCarriedThrough() {
        Api.Reply book = admin.send("POST", "/api/determinations/batch?extraColumns=colour",
                CSV.get("POST /api/determinations/batch"), "text/csv");
        assertThat(book.status()).as(book.text()).isEqualTo(200);
        Api.Reply mixedCase = admin.send("POST", "/api/determinations/batch",
                " ID ,From,TO,Item,DATE\no-1,JP,KR,3C002,2019-07-10\n", "text/csv");
        assertThat(mixedCase.status()).as(mixedCase.text()).isEqualTo(200);
    }

    @Test
    void aDeclaredExtraColumnOfABatchUploadIsCarriedToItsResultsAndTheirCsv() throws Exception {
        Api.Reply submitted = admin.send("POST", "/api/screenings/batch?extraColumns=Colour",
                "id,name,COLOUR\n1,Acme,red\n2,,blue\n", "text/csv");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String job = submitted.get("id").asText();
        com.fasterxml.jackson.databind.JsonNode status = submitted.json();
        for (int i = 0; i < 600 && !status.path("status").asText().equals("DONE"); i++) {
            Thread.sleep(100);
            status = admin.get("/api/screenings/batch/" + job).json();
        }
        assertThat(status.path("status").asText()).isEqualTo("DONE");
        com.fasterxml.jackson.databind.JsonNode results = admin.get("/api/screenings/batch/" + job + "/results")
                .get("results");
        assertThat(results.get(0).path("extra").path("Colour").asText()).isEqualTo("red");
        // a refused row keeps its extra columns too
        assertThat(results.get(1).path("outcome").asText()).isEqualTo("NOT_SCREENED");
        assertThat(results.get(1).path("extra").path("Colour").asText()).isEqualTo("blue");
        List<String> csv = admin.get("/api/screenings/batch/" + job + "/results.csv").text().lines().toList();
        assertThat(csv.get(0)).endsWith(",list_version,Colour");
        assertThat(csv.get(1)).startsWith("1,2,1,Acme,").endsWith(",red");
        assertThat(csv.get(2)).startsWith("2,3,").endsWith(",blue");
    }

    @Test
    void aBatchUploadsExtraColumnNamedLikeAResultsColumnIsRefused() {
        // results.csv would hold two columns named rank
        Api.Reply submitted = admin.send("POST", "/api/screenings/batch?extraColumns=Rank",
                "id,name,rank\n1,Acme,3\n", "text/csv");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(400);
        assertThat(submitted.get("error").path("field").asText()).isEqualTo("extraColumns");
        assertThat(submitted.text()).contains("Rank");
    }

    @Test
    void aDeclaredExtraColumnOfAPartyUploadIsCarriedToEachRowsOutcome() {
        Api.Reply imported = admin.send("POST", "/api/parties?extraColumns=colour",
                "key,name,Colour\nX-1,Acme Extra,red\nX-2,,blue\n", "text/csv");
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        com.fasterxml.jackson.databind.JsonNode outcomes = imported.get("outcomes");
        assertThat(outcomes.get(0).path("key").asText()).isEqualTo("X-1");
        assertThat(outcomes.get(0).path("outcome").asText()).isEqualTo("CREATED");
        assertThat(outcomes.get(0).path("extra").path("colour").asText()).isEqualTo("red");
        assertThat(outcomes.get(1).path("outcome").asText()).isEqualTo("REFUSED");
        assertThat(outcomes.get(1).path("extra").path("colour").asText()).isEqualTo("blue");
        assertThat(imported.get("rows").asInt()).isEqualTo(2);
    }
}
