package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.records.Database;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The REST API end to end over HTTP, once per database (H2 and PostgreSQL). One server per class; tests use their
 * own parties and licence numbers so they do not depend on each other, except the tamper test, which runs last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractServerApiTest {
    private TestDatabase databases;
    private Database database;
    private TestServer server;
    private Api admin;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        database = databases.open();
        server = TestServer.overBaseLists(database, 64 * 1024);
        admin = server.admin();
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    @Test
    @Order(1)
    void determinationNamesTheCoveringLicenceAndDrawdownsAreRefusedWithReasons() {
        Api officer = server.keyWithRole("officer");
        Api.Reply reg = officer.post("/api/licences", Map.of("jurisdiction", "JP", "type", "individual",
                "number", "JP-T-1", "holder", "Acme", "entries", List.of("3C002"), "destinations", List.of("KR"),
                "quantityLimit", 10, "validFrom", "2019-01-01", "validTo", "2019-12-31"));
        assertThat(reg.status()).as(reg.text()).isEqualTo(201);
        long id = reg.get("id").asLong();
        assertThat(officer.post("/api/licences", Map.of("jurisdiction", "JP", "type", "individual", "number",
                "JP-T-1", "holder", "Acme", "entries", List.of("3C002"), "validFrom", "2019-01-01")).status())
                .isEqualTo(409);

        Api.Reply d = officer.post("/api/determinations", Map.of("from", "JP", "to", "KR", "item", "3C002",
                "date", "2019-07-10", "consignee", "Acme", "quantity", 5));
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.get("licenceRequired").asBoolean()).isTrue();
        assertThat(d.get("trace").size()).isPositive();
        assertThat(d.get("licences").path("covering").path("number").asText()).isEqualTo("JP-T-1");

        Map<String, Object> shipment = Map.of("entryCode", "3C002", "destination", "KR", "consignee", "Acme",
                "quantity", 6, "value", 100, "date", "2019-07-10");
        Api.Reply first = officer.post("/api/licences/" + id + "/shipments", shipment);
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(first.get("licence").path("remainingQuantity").asInt()).isEqualTo(4);
        Api.Reply exhausted = officer.post("/api/licences/" + id + "/shipments", shipment);
        assertThat(exhausted.status()).isEqualTo(409);
        assertThat(exhausted.get("error").path("code").asText()).isEqualTo("licence_refused");
        assertThat(exhausted.get("error").path("details").path("refusals").get(0).path("reason").asText())
                .isEqualTo("QUANTITY_EXHAUSTED");
        Api.Reply expired = officer.post("/api/licences/" + id + "/shipments", Map.of("entryCode", "3C002",
                "destination", "KR", "consignee", "Acme", "quantity", 1, "value", 1, "date", "2020-02-01"));
        assertThat(expired.text()).contains("EXPIRED");
        Api.Reply wrongPlace = officer.post("/api/licences/" + id + "/shipments", Map.of("entryCode", "3C002",
                "destination", "CN", "consignee", "Acme", "quantity", 1, "value", 1, "date", "2019-08-01"));
        assertThat(wrongPlace.text()).contains("DESTINATION_NOT_COVERED");

        assertThat(officer.get("/api/licences?expiringWithinDays=30&asOf=2019-12-15").text()).contains("JP-T-1");
        assertThat(officer.get("/api/licences?expiringWithinDays=30&asOf=2019-06-01").text()).doesNotContain("JP-T-1");
        assertThat(officer.get("/api/licences/" + id).get("shipments").size()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aFalsePositiveShowsAsReviewedUntilThePartyOrTheEntryChanges() throws Exception {
        Map<String, Object> party = Map.of("name", "Ivan Petrovich Sidorov", "country", "RU", "dob", "1963");
        JsonNode hit = admin.post("/api/screenings", party).get("hits").get(0);
        assertThat(hit.path("entryId").asText()).isEqualTo("ftm:p1");
        assertThat(hit.path("review").path("state").asText()).isEqualTo("NOT_REVIEWED");
        assertThat(hit.path("explanation").path("summary").asText()).isNotBlank();

        Api.Reply decision = admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "false_positive",
                "reason", "born 1971, listed person 1960", "party", party));
        assertThat(decision.status()).as(decision.text()).isEqualTo(201);

        Api.Reply again = admin.post("/api/screenings", party);
        assertThat(again.get("hits").get(0).path("review").path("state").asText()).isEqualTo("REVIEWED");
        assertThat(again.get("alert").asBoolean()).isFalse();
        Api.Reply changedParty = admin.post("/api/screenings", Map.of("name", "Ivan Petrovich Sidorov",
                "country", "RU", "dob", "1960"));
        assertThat(changedParty.get("hits").get(0).path("review").path("state").asText()).isEqualTo("NOT_REVIEWED");

        // A keyed party sees STALE once the list entry changes (here: an alias added and the lists reloaded).
        Map<String, Object> keyed = Map.of("partyKey", "C-7", "name", "Boris Nikolaevich Kuznetsov", "dob", "1980");
        assertThat(admin.post("/api/decisions", Map.of("entryId", "ftm:p2", "decision", "FALSE_POSITIVE",
                "reason", "other person", "party", keyed)).status()).isEqualTo(201);
        assertThat(admin.post("/api/screenings", keyed).get("hits").get(0).path("review").path("state").asText())
                .isEqualTo("REVIEWED");
        int versionsBefore = admin.get("/api/lists/versions").get("versions").size();
        TestLists.write(server.listsFolder(), TestLists.BASE.replace("\"Boris Nikolaevich Kuznetsov\"",
                "\"Boris Nikolaevich Kuznetsov\",\"Boris Kuznetsov\""));
        assertThat(admin.post("/api/lists/reload", "").status()).isEqualTo(200);
        assertThat(admin.get("/api/lists/versions").get("versions").size()).isEqualTo(versionsBefore + 1);
        JsonNode review = admin.post("/api/screenings", keyed).get("hits").get(0).path("review");
        assertThat(review.path("state").asText()).isEqualTo("STALE");
        assertThat(review.path("entryChanged").asBoolean()).isTrue();
        assertThat(admin.get("/api/decisions?partyKey=C-7").get("decisions").size()).isEqualTo(1);
    }

    @Test
    @Order(3)
    void badInputIsAnErrorOfTheStableShapeNeverA500() {
        Api anonymous = admin.as(null);
        Api viewer = server.keyWithRole("viewer");
        assertError(anonymous.get("/api/audit"), 401, "unauthorized", null);
        assertError(admin.as("clr_0000000000000000_nope").get("/api/audit"), 401, "unauthorized", null);
        assertError(viewer.post("/api/screenings", Map.of("name", "x")), 403, "forbidden", null);
        assertError(admin.post("/api/determinations", "{\"from\": "), 400, "malformed_json", "body");
        assertError(admin.post("/api/determinations", "[1,2]"), 400, "bad_request", "body");
        assertError(admin.post("/api/determinations", Map.of("from", "JP", "to", "KR", "item", "3C002",
                "date", "2019-02-30")), 400, "bad_request", "date");
        assertError(admin.post("/api/determinations", Map.of("from", "ZZ", "to", "KR", "item", "3C002",
                "date", "2019-02-03")), 400, "bad_request", "from");
        assertError(admin.post("/api/determinations", Map.of("from", "JP", "to", "KR", "item", "3C002",
                "date", "2019-02-03", "quantity", "lots")), 400, "bad_request", "quantity");
        assertError(admin.post("/api/screenings", Map.of("name", "  ")), 400, "bad_request", "name");
        assertError(admin.post("/api/screenings", Map.of("name", "x", "dob", "yesterday")), 400, "bad_request", "dob");
        assertError(admin.post("/api/screenings", Map.of("name", List.of(1))), 400, "bad_request", "name");
        assertError(admin.get("/api/licences/999999"), 404, "not_found", null);
        assertError(admin.get("/api/licences/abc"), 404, "not_found", null);
        assertError(admin.get("/api/no/such/route"), 404, "not_found", null);
        assertError(admin.get("/api/screenings/batch/nope"), 404, "not_found", null);
        assertError(admin.post("/api/decisions", Map.of("entryId", "ftm:none", "decision", "FALSE_POSITIVE",
                "reason", "r", "party", Map.of("name", "x"))), 404, "not_found", null);
        assertError(admin.post("/api/licences", Map.of("jurisdiction", "JP", "type", "t", "number", "n",
                "holder", "h", "entries", List.of("3C002"), "validFrom", "2019-01-01", "validTo", "2018-01-01")),
                400, "bad_request", "validTo");
        assertError(admin.get("/api/audit?limit=0"), 400, "bad_request", "limit");
        assertError(admin.get("/api/regimes/JP?date=someday"), 400, "bad_request", "date");
        assertError(admin.postCsv("/api/screenings/batch", "id,name\n" + "1,Some Body\n".repeat(7000)), 413,
                "payload_too_large", null);
        assertError(admin.postCsv("/api/screenings/batch", "who,what\n1,2\n"), 400, "bad_request", "file");
        assertError(admin.post("/api/screenings", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}"), 413,
                "payload_too_large", null);
    }

    private static void assertError(Api.Reply r, int status, String code, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        JsonNode e = r.get("error");
        assertThat(e.path("status").asInt()).isEqualTo(status);
        assertThat(e.path("code").asText()).isEqualTo(code);
        assertThat(e.path("message").asText()).isNotBlank();
        if (field != null) {
            assertThat(e.path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    @Order(4)
    void keysHaveRolesAndRevokedKeysStopWorking() {
        Api requester = server.keyWithRole("requester");
        assertThat(requester.get("/api/me").get("role").asText()).isEqualTo("requester");
        assertThat(requester.post("/api/screenings", Map.of("name", "Volga Precision Instruments")).status())
                .isEqualTo(200);
        assertThat(requester.get("/api/keys").status()).isEqualTo(403);
        assertThat(requester.post("/api/licences", Map.of()).status()).isEqualTo(403);
        assertThat(requester.post("/api/lists/reload", "").status()).isEqualTo(403);
        String id = requester.key.split("_")[1];
        assertThat(admin.delete("/api/keys/" + id).status()).isEqualTo(200);
        assertThat(admin.delete("/api/keys/" + id).status()).isEqualTo(409);
        assertThat(requester.get("/api/me").status()).isEqualTo(401);
        // the secret may itself contain "_": split into three parts at most
        assertThat(admin.get("/api/keys").text()).doesNotContain(requester.key.split("_", 3)[2]);
    }

    @Test
    @Order(5)
    void batchJobsGiveExactlyOneResultPerRow() throws Exception {
        StringBuilder csv = new StringBuilder("id,name,country\n");
        for (int i = 1; i <= 250; i++) {
            csv.append(i).append(',').append(i == 7 ? "" : i % 50 == 0 ? "Eastern Star Trading" : "Person " + i)
                    .append(",\n");
        }
        Api.Reply submitted = admin.postCsv("/api/screenings/batch", csv.toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String id = submitted.get("id").asText();
        JsonNode job = submitted.json();
        for (int i = 0; i < 300 && !job.path("status").asText().equals("DONE"); i++) {
            Thread.sleep(100);
            job = admin.get("/api/screenings/batch/" + id).json();
        }
        assertThat(job.path("status").asText()).isEqualTo("DONE");
        JsonNode results = admin.get("/api/screenings/batch/" + id + "/results?limit=1000").get("results");
        assertThat(results.size()).isEqualTo(250);
        Set<Integer> rows = new HashSet<>();
        results.forEach(r -> rows.add(r.path("row").asInt()));
        assertThat(rows).hasSize(250);
        assertThat(results.get(6).path("error").asText()).contains("name");
        assertThat(results.get(49).path("hits").get(0).path("entryId").asText()).isEqualTo("ftm:o2");
        assertThat(admin.get("/api/screenings/batch").text()).contains(id);
    }

    @Test
    @Order(5)
    void ruleChangeImpactAndRegimeDiffAreServed() {
        Api.Reply report = admin.postCsv("/api/impact?before=2019-08-27&after=2019-08-28",
                "id,from,to,item,date\n1,JP,KR,2B001,2019-08-01\n2,JP,US,2B001,2019-08-01\n3,JP,XX,2B001,2019-08-01\n");
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        assertThat(report.text()).startsWith("<!DOCTYPE html>").contains("GENERAL_BULK").contains("KR");
        assertError(admin.postCsv("/api/impact?before=2019-08-27", "id,from,to,item,date\n"), 400, "bad_request",
                "after");
        assertError(admin.postCsv("/api/impact?before=2019-08-27&after=2019-08-28", "who,what\n"), 400,
                "bad_request", "file");
        JsonNode diff = admin.get("/api/regimes/JP/diff?from=2019-08-27&to=2019-08-28").json();
        assertThat(diff.toString()).contains("KR is in B").contains("KR is in A");
        assertError(admin.get("/api/regimes/JP/diff?from=2019-08-28&to=2019-08-27"), 400, "bad_request", "to");
    }

    @Test
    @Order(6)
    void everyActionIsInTheAuditTrailWithItsPrincipalAndVersions() {
        admin.post("/api/screenings", Map.of("name", "Volga Precision Instruments"));
        JsonNode records = admin.get("/api/audit?limit=1000").get("records");
        Set<String> actions = new HashSet<>();
        records.forEach(r -> actions.add(r.path("action").asText()));
        assertThat(actions).contains("DETERMINATION", "SCREENING", "HIT_REVIEWED", "LICENCE_REGISTERED",
                "LICENCE_DRAWDOWN", "LIST_LOADED", "KEY_CREATED", "KEY_REVOKED", "BATCH_SCREENING");
        JsonNode screening = admin.get("/api/audit?action=SCREENING&limit=1").get("records").get(0);
        assertThat(screening.path("principal").asText()).isEqualTo("admin");
        assertThat(screening.path("listVersions").get(0).asText()).startsWith("test@");
        JsonNode determination = admin.get("/api/audit?action=DETERMINATION&limit=1").get("records").get(0);
        assertThat(determination.path("regimeVersion").asText()).isNotBlank();
        assertThat(determination.path("inputs").path("item").asText()).isEqualTo("3C002");
        Api.Reply verify = admin.get("/api/audit/verify");
        assertThat(verify.get("ok").asBoolean()).as(verify.text()).isTrue();
        assertThat(verify.get("recordsChecked").asLong()).isEqualTo(admin.get("/api/audit").get("total").asLong());
    }

    @Test
    @Order(7)
    void orderBooksRegimesAndListsAreServed() {
        Api.Reply book = admin.postCsv("/api/determinations/batch",
                "id,from,to,item,date\nA1,JP,KR,3C002,2019-07-10\nA2,JP,XX,3C002,2019-07-10\nA3,JP,CN,NONE,2019-07-10\n");
        assertThat(book.status()).as(book.text()).isEqualTo(200);
        assertThat(book.get("determined").asInt()).isEqualTo(2);
        assertThat(book.get("problems").get(0).path("message").asText()).contains("to");
        assertThat(admin.get("/api/regimes").get("regimes").size()).isPositive();
        Api.Reply jp = admin.get("/api/regimes/jp?date=2019-08-28");
        assertThat(jp.status()).as(jp.text()).isEqualTo(200);
        assertThat(jp.get("facts").get(0).path("source").asText()).isNotBlank();
        assertThat(admin.get("/api/regimes/XX").status()).isEqualTo(404);
        Api.Reply timeline = admin.get("/api/regimes/JP/timeline?country=KR&until=2024-01-01");
        assertThat(timeline.status()).as(timeline.text()).isEqualTo(200);
        assertThat(timeline.text()).contains("<svg");
        Api.Reply compare = admin.get("/api/regimes/JP/compare?with=KR&date=2020-01-01");
        assertThat(compare.status()).as(compare.text()).isEqualTo(200);
        assertThat(admin.get("/api/regimes/JP/timeline?country=ZZ").get("error").path("field").asText())
                .isEqualTo("country");
        assertThat(admin.get("/api/regimes/JP/compare?with=JP").get("error").path("field").asText()).isEqualTo("with");
        assertThat(admin.get("/api/regimes/US/compare?with=JP&date=2020-01-01").get("error").path("field").asText())
                .isEqualTo("date");
        assertThat(admin.get("/api/regimes/JP/timeline?country=KR&until=2010-01-01").get("error").path("field")
                .asText()).isEqualTo("until");
        Api.Reply lists = admin.get("/api/lists");
        assertThat(lists.get("entries").asInt()).isEqualTo(4);
        assertThat(lists.get("lists").get(0).path("checksum").asText()).hasSize(64);
        assertThat(admin.as(null).get("/openapi.yaml").text()).startsWith("openapi:");
    }

    @Test
    @Order(100)
    void tamperingWithAnAuditRowIsDetectedAndNamed() throws Exception {
        assertThat(admin.get("/api/audit/verify").get("ok").asBoolean()).isTrue();
        long seq = 3;
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            // An attacker with owner rights bypasses the append-only guard first.
            if (database.vendor() == Database.Vendor.H2) {
                s.execute("DROP TRIGGER IF EXISTS audit_record_guard");
            } else {
                s.execute("SET session_replication_role = replica");
            }
            s.executeUpdate("UPDATE audit_record SET principal = 'someone-else' WHERE seq = " + seq);
            if (database.vendor() == Database.Vendor.POSTGRESQL) {
                s.execute("SET session_replication_role = DEFAULT");
            }
        }
        Api.Reply verify = admin.get("/api/audit/verify");
        assertThat(verify.get("ok").asBoolean()).isFalse();
        assertThat(verify.get("firstBadSeq").asLong()).isEqualTo(seq);
        assertThat(verify.get("problem").asText()).isEqualTo("EDITED");
    }
}
