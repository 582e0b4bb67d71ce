package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The product master end to end, once per database (issue 21): a product saved and classified at once, four eyes on
 * approval, the approved classification in force on the order's date used by determinations and order books (and
 * cited), none approved refused naming the product, CSV export and import with refused rows, and the re-check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractProductsApiTest {
    private TestDatabase databases;
    private TestServer server;
    private Api requester;
    private Api officer;
    private Api second;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 256 * 1024);
        requester = server.keyWithRole("requester");
        officer = server.keyWithRole("officer");
        second = server.keyWithRole("officer");
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    private Api.Reply film(String key) {
        return requester.post("/api/products", Map.of("key", key, "description", "fluorinated polyimide film",
                "parameters", List.of("fluorine=12%wt")));
    }

    private static JsonNode proposal(JsonNode record, String regime) {
        for (JsonNode c : record.path("product").path("current")) {
            if (c.path("regime").asText().equals(regime) && c.path("status").asText().equals("PROPOSED")) {
                return c;
            }
        }
        throw new AssertionError("no open " + regime + " proposal in " + record);
    }

    @Test
    void aSavedProductIsProposedByTheClassifierAndApprovedByASecondOfficerOnly() {
        Api.Reply saved = film("FILM-1");
        assertThat(saved.status()).as(saved.text()).isEqualTo(201);
        assertThat(saved.get("saved").asText()).isEqualTo("CREATED");
        JsonNode jp = proposal(saved.get("record"), "JP");
        assertThat(jp.path("entry").asText()).isEqualTo("1C009.b");
        assertThat(jp.path("source").path("kind").asText()).isEqualTo("CLASSIFIER");
        assertThat(jp.path("source").path("corpusVersion").asText()).isNotEmpty();
        assertThat(saved.get("record").path("product").path("review").asBoolean()).isTrue();
        assertThat(film("FILM-1").get("saved").asText()).isEqualTo("UNCHANGED");

        String approve = "/api/products/FILM-1/classifications/" + jp.path("id").asLong() + "/approve";
        Api.Reply own = requester.as(null).post(approve, Map.of("reason", "x"));
        assertThat(own.status()).isEqualTo(401);
        Api.Reply proposedByOfficer = officer.post("/api/products/FILM-1/classifications",
                Map.of("regime", "KR", "entry", "1C009.b", "reason", "parameter sheet: 12 % fluorine"));
        assertThat(proposedByOfficer.status()).as(proposedByOfficer.text()).isEqualTo(201);
        Api.Reply same = officer.post("/api/products/FILM-1/classifications/" + proposedByOfficer.get("id").asLong()
                + "/approve", Map.of("reason", "mine"));
        assertThat(same.status()).isEqualTo(409);
        assertThat(same.get("error").path("code").asText()).isEqualTo("four_eyes");
        Api.Reply ok = second.post(approve, Map.of("reason", "fluorine content checked", "inForceFrom", "2026-01-01"));
        assertThat(ok.status()).as(ok.text()).isEqualTo(200);
        assertThat(ok.get("status").asText()).isEqualTo("APPROVED");
        assertThat(ok.get("inForceFrom").asText()).isEqualTo("2026-01-01");
        Api.Reply again = officer.post(approve, Map.of("reason", "again"));
        assertThat(again.get("error").path("code").asText()).isEqualTo("not_proposed");
        Api.Reply record = officer.get("/api/products/FILM-1");
        assertThat(record.get("classifications").size()).isGreaterThanOrEqualTo(5);
        assertThat(record.get("history").size()).isEqualTo(1);
        Api.Reply audit = server.admin().get("/api/audit?subject=product%20FILM-1&limit=100");
        assertThat(audit.text()).contains("PRODUCT_SAVED", "PRODUCT_CLASSIFICATION_PROPOSED",
                "PRODUCT_CLASSIFICATION_APPROVED");
        assertThat(server.admin().get("/api/audit/verify").text()).contains("\"ok\":true");
        Api.Reply page = officer.get("/api/products/FILM-1/record?regime=JP");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Approved entry (JP)").contains("1C009.b").contains("fluorine content checked")
                .doesNotContain("DRAFT - not approved");
        assertThat(officer.get("/api/products/FILM-1/record?regime=KR").text()).contains("DRAFT - not approved");
    }

    @Test
    void aDeterminationNamingAProductUsesTheApprovedEntryOnTheDayAndCitesIt() {
        JsonNode jp = proposal(film("FILM-2").get("record"), "JP");
        second.post("/api/products/FILM-2/classifications/" + jp.path("id").asLong() + "/approve",
                Map.of("reason", "checked", "inForceFrom", "2026-01-01"));
        Api.Reply d = requester.post("/api/determinations", Map.of("from", "JP", "to", "CN", "product", "FILM-2",
                "date", "2026-05-01"));
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.get("trace").get(0).path("rule").asText()).isEqualTo("product FILM-2");
        assertThat(d.get("trace").get(0).path("source").asText()).contains("classification " + jp.path("id").asLong());
        Api.Reply byItem = requester.post("/api/determinations", Map.of("from", "JP", "to", "CN", "item", "1C009.b",
                "date", "2026-05-01"));
        assertThat(d.get("licenceRequired")).isEqualTo(byItem.get("licenceRequired"));
        assertThat(d.get("licenceOptions")).isEqualTo(byItem.get("licenceOptions"));

        for (Map<String, Object> unapproved : List.<Map<String, Object>>of(
                Map.of("from", "KR", "to", "CN", "product", "FILM-2", "date", "2026-05-01"),
                Map.of("from", "JP", "to", "CN", "product", "FILM-2", "date", "2025-12-31"))) {
            Api.Reply refused = requester.post("/api/determinations", unapproved);
            assertThat(refused.status()).as(refused.text()).isEqualTo(400);
            assertThat(refused.get("error").path("field").asText()).isEqualTo("product");
            assertThat(refused.get("error").path("message").asText()).contains("FILM-2").contains("CHECK");
        }
        Api.Reply unknown = requester.post("/api/determinations", Map.of("from", "JP", "to", "CN", "product", "NOPE",
                "date", "2026-05-01"));
        assertThat(unknown.get("error").path("field").asText()).isEqualTo("product");
        Api.Reply both = requester.post("/api/determinations", Map.of("from", "JP", "to", "CN", "product", "FILM-2",
                "item", "3C002", "date", "2026-05-01"));
        assertThat(both.status()).isEqualTo(400);

        Api.Reply book = requester.postCsv("/api/determinations/batch", "id,from,to,item,product,date\n"
                + "a,JP,CN,,FILM-2,2026-05-01\nb,KR,CN,,FILM-2,2026-05-01\nc,JP,CN,3C002,,2026-05-01\n");
        assertThat(book.status()).as(book.text()).isEqualTo(200);
        assertThat(book.get("determined").asInt()).isEqualTo(2);
        assertThat(book.get("determinations").get(0).path("trace").get(0).path("rule").asText())
                .isEqualTo("product FILM-2");
        assertThat(book.get("problems").get(0).path("message").asText()).contains("upload:3").contains("FILM-2")
                .contains("CHECK");
    }

    @Test
    void aLaterProposalIsFlaggedAndTheApprovedOneStaysInForce() {
        JsonNode jp = proposal(film("FILM-3").get("record"), "JP");
        second.post("/api/products/FILM-3/classifications/" + jp.path("id").asLong() + "/approve",
                Map.of("reason", "checked", "inForceFrom", "2026-01-01"));
        officer.post("/api/products/FILM-3/classifications", Map.of("regime", "JP", "entry", "NONE",
                "reason", "supplier says below threshold"));
        Api.Reply record = officer.get("/api/products/FILM-3");
        assertThat(record.get("product").path("review").asBoolean()).isTrue();
        assertThat(record.get("product").path("reviewReasons").toString()).contains("JP: proposed NONE")
                .contains("differs from the approved 1C009.b");
        Api.Reply d = requester.post("/api/determinations", Map.of("from", "JP", "to", "CN", "product", "FILM-3",
                "date", "2026-05-01"));
        assertThat(d.get("trace").get(0).path("effect").asText()).contains("1C009.b");
        Api.Reply recheck = officer.send("POST", "/api/product-master/recheck", null, null);
        assertThat(recheck.status()).as(recheck.text()).isEqualTo(200);
        assertThat(recheck.get("ran").asBoolean()).isTrue();
        assertThat(recheck.get("products").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(requester.send("POST", "/api/product-master/recheck", null, null).status()).isEqualTo(403);
    }

    @Test
    void theMasterGoesOutAndComesInAsCsvKeepingRefusedRows() {
        film("FILM-4");
        Api.Reply out = officer.get("/api/product-master/csv");
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.text()).startsWith("product,description,cas,params,regime,entry,reason,version,classified_version,status")
                .contains("FILM-4,fluorinated polyimide film,,fluorine=12%wt,JP,1C009.b");
        String csv = "Product,description,cas,params,regime,entry,reason,plant\n"
                + "HF-1,anhydrous hydrogen fluoride,7664-39-3,,JP,1C350.d.15,CAS named in 1C350\n"
                + "HF-2,hydrogen fluoride,7664-39-4,,,,\n"
                + "HF-3,resist,,wavelength=13.5nm,XX,3C002,\n"
                + ",nameless,,,,,\n"
                + "HF-4,EUV photoresist,,wavelength=13.5nm,,,\n";
        Api.Reply unknownColumn = officer.postCsv("/api/product-master/csv", csv);
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(unknownColumn.get("error").path("field").asText()).isEqualTo("plant");
        Api.Reply imported = officer.postCsv("/api/product-master/csv?extraColumns=plant", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.get("rows").asInt()).isEqualTo(5);
        assertThat(imported.get("created").asInt()).isEqualTo(2);
        assertThat(imported.get("proposed").asInt()).isEqualTo(1);
        assertThat(imported.get("refused").asInt()).isEqualTo(3);
        List<String> problems = new ArrayList<>();
        imported.get("problems").forEach(p -> problems.add(p.path("line").asInt() + " " + p.path("column").asText()));
        assertThat(problems).containsExactly("3 cas", "4 regime", "5 product");
        assertThat(imported.get("classified").asInt()).as("the classifier ran on each imported product").isEqualTo(2);
        Api.Reply hf = officer.get("/api/products/HF-1");
        JsonNode jp = proposal(hf.json(), "JP");
        assertThat(jp.path("source").path("kind").asText()).as("the row's own entry is the open JP proposal")
                .isEqualTo("IMPORT");
        assertThat(jp.path("entry").asText()).isEqualTo("1C350.d.15");
        JsonNode kr = proposal(hf.json(), "KR");
        assertThat(kr.path("source").path("kind").asText()).isEqualTo("CLASSIFIER");
        assertThat(kr.path("entry").asText()).startsWith("1C350");
        JsonNode resist = officer.get("/api/products/HF-4").json();
        for (String regime : List.of("JP", "KR", "EU", "US")) {
            assertThat(proposal(resist, regime).path("source").path("kind").asText()).isEqualTo("CLASSIFIER");
        }
        hf.get("classifications").forEach(c -> assertThat(c.path("status").asText()).as("an import never approves")
                .isEqualTo("PROPOSED"));
        assertThat(officer.get("/api/products?limit=500").get("total").asInt()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aClassificationApprovedOnAnEarlierVersionOfTheProductLowersTheAnswerToCheck() {
        JsonNode jp = proposal(film("FILM-5").get("record"), "JP");
        second.post("/api/products/FILM-5/classifications/" + jp.path("id").asLong() + "/approve",
                Map.of("reason", "checked", "inForceFrom", "2026-01-01"));
        Map<String, Object> order = Map.of("from", "JP", "to", "US", "product", "FILM-5", "date", "2026-05-01");
        Api.Reply asApproved = requester.post("/api/determinations", order);
        assertThat(asApproved.get("confidence").asText()).isEqualTo("confirmed");
        assertThat(asApproved.get("trace").get(1).path("rule").asText()).doesNotContain("changed");

        Api.Reply changed = requester.post("/api/products", Map.of("key", "FILM-5", "description",
                "fluorinated polyimide film", "parameters", List.of("fluorine=15%wt")));
        assertThat(changed.get("saved").asText()).isEqualTo("CHANGED");
        Api.Reply d = requester.post("/api/determinations", order);
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.get("confidence").asText()).isEqualTo("check");
        assertThat(d.get("trace").get(1).path("rule").asText()).isEqualTo("product FILM-5 changed since classified");
        assertThat(d.get("trace").get(1).path("effect").asText()).contains("version 1").contains("now version 2");
        assertThat(d.get("licenceRequired")).isEqualTo(asApproved.get("licenceRequired"));
    }

    @Test
    void twoCreationsOfOneKeyAtOnceAreOneProductAndAConflictNamingTheKeyNeverAServerError() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 8; i++) {
                String key = "RACE-" + i;
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                java.util.concurrent.Callable<Api.Reply> create = () -> {
                    together.await();
                    return film(key);
                };
                List<Api.Reply> replies = new ArrayList<>();
                for (java.util.concurrent.Future<Api.Reply> f : pool.invokeAll(List.of(create, create))) {
                    replies.add(f.get());
                }
                assertThat(replies).extracting(Api.Reply::status).as(key).containsAnyOf(201)
                        .allMatch(status -> status == 201 || status == 200 || status == 409);
                assertThat(replies.stream().filter(r -> r.status() == 201)).as(key).hasSize(1);
                for (Api.Reply r : replies) {
                    if (r.status() == 409) {
                        assertThat(r.get("error").path("code").asText()).isEqualTo("product_exists");
                        assertThat(r.get("error").path("field").asText()).isEqualTo("key");
                        assertThat(r.get("error").path("message").asText()).contains(key);
                    }
                }
                assertThat(officer.get("/api/products/" + key).get("history").size()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
