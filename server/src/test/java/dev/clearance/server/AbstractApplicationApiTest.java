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

/** Licence applications and the workload endpoint over HTTP, once per database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractApplicationApiTest {
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

    private static Map<String, Object> application(String filedOn, String route) {
        Map<String, Object> m = new HashMap<>(Map.of("from", "KR", "to", "JP", "item", "3C002", "route", route,
                "holder", "Acme Korea", "endUser", "Sony Semiconductor", "endUseDescription", "EUV R&D",
                "currency", "USD", "filedOn", filedOn));
        m.put("lines", List.of(Map.of("reference", "PO-1", "quantity", 10, "value", 5000),
                Map.of("reference", "PO-2", "quantity", 5, "value", 2500)));
        return m;
    }

    private static void status(Api.Reply r, int status, String code) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        if (code != null) {
            assertThat(r.get("error").path("code").asText()).isEqualTo(code);
        }
    }

    /** The audit record of a licence step, read back from GET /api/audit. */
    private JsonNode auditRecord(long seq) {
        for (JsonNode r : admin.get("/api/audit?limit=1000&order=desc").get("records")) {
            if (r.path("seq").asLong() == seq) {
                return r;
            }
        }
        throw new AssertionError("no audit record " + seq);
    }

    private static Map<String, Object> drawdown(String consignee, Long determinationSeq) {
        Map<String, Object> m = new HashMap<>(Map.of("entryCode", "3C002", "destination", "JP", "consignee",
                consignee, "quantity", 1, "value", 100, "date", "2019-10-09"));
        if (determinationSeq != null) {
            m.put("determinationAuditSeq", determinationSeq);
        }
        return m;
    }

    @Test
    void aRouteWithoutAFilingOfficeInTheRegimeDataSaysItIsNotEncoded() {
        Api alice = server.keyWithRole("requester");
        Map<String, Object> japan = application("2020-01-01", "INDIVIDUAL");
        japan.putAll(Map.of("from", "JP", "to", "CN", "item", "2B001"));
        Api.Reply filed = alice.post("/api/applications", japan);
        status(filed, 201, null);
        assertThat(filed.get("filingOffice").asText())
                .isEqualTo("not encoded (CHECK): no filing office for INDIVIDUAL in the JP regime data");
        Api.Reply korea = alice.post("/api/applications", application("2019-09-19", "INDIVIDUAL"));
        status(korea, 201, null);
        assertThat(korea.get("filingOffice").asText()).as("the KR data gives its office").doesNotContain("CHECK")
                .isNotBlank();
    }

    @Test
    void theLicenceOfAnApprovedApplicationAndItsDrawdownsRestOnTheApplicationsDetermination() {
        Api alice = server.keyWithRole("requester");
        Api officer = server.keyWithRole("officer");
        Api.Reply filed = alice.post("/api/applications", application("2019-09-19", "INDIVIDUAL"));
        status(filed, 201, null);
        long id = filed.get("id").asLong();
        long determinationSeq = filed.get("determinationAuditSeq").asLong();
        status(officer.post("/api/applications/" + id + "/review", Map.of("on", "2019-09-20")), 200, null);
        Api.Reply approved = officer.post("/api/applications/" + id + "/approve", Map.of("on", "2019-10-08",
                "validTo", "2020-10-07", "licenceNumber", "KR-RESTS-" + id));
        status(approved, 200, null);
        JsonNode restsOn = approved.get("licence").path("restsOn");
        assertThat(restsOn.path("determinationAuditSeq").asLong()).isEqualTo(determinationSeq);
        assertThat(restsOn.path("source").asText()).isEqualTo("APPLICATION");
        long licenceId = approved.get("licenceId").asLong();

        Api.Reply shipped = officer.post("/api/licences/" + licenceId + "/shipments",
                drawdown("Sony Semiconductor", null));
        status(shipped, 201, null);
        assertThat(shipped.get("restsOn").path("determinationAuditSeq").asLong()).isEqualTo(determinationSeq);
        assertThat(shipped.get("restsOn").path("source").asText()).isEqualTo("APPLICATION");
        JsonNode shown = officer.get("/api/licences/" + licenceId).json();
        assertThat(shown.path("restsOn").path("determinationAuditSeq").asLong()).isEqualTo(determinationSeq);
        assertThat(shown.path("shipments").get(0).path("restsOn").path("determinationAuditSeq").asLong())
                .isEqualTo(determinationSeq);
        // the drawdown's audit record names the determination it rests on
        JsonNode record = auditRecord(shipped.get("auditSeq").asLong());
        assertThat(record.path("action").asText()).isEqualTo("LICENCE_DRAWDOWN");
        assertThat(record.path("outputs").path("restsOn").path("determinationAuditSeq").asLong())
                .isEqualTo(determinationSeq);
    }

    @Test
    void aRegisteredLicenceAndItsDrawdownsRestOnTheDeterminationNamedOrSayTheyRestOnNone() {
        Api officer = server.keyWithRole("officer");
        Api.Reply determined = officer.post("/api/determinations", Map.of("from", "JP", "to", "KR", "item",
                "3C002", "date", "2019-09-19"));
        status(determined, 200, null);
        long determinationSeq = determined.get("auditSeq").asLong();
        Map<String, Object> licence = new HashMap<>(Map.of("jurisdiction", "JP", "type", "individual", "holder",
                "Acme", "entries", List.of("3C002"), "destinations", List.of("KR"), "consignees",
                List.of("Samsung Electronics"), "validFrom", "2019-01-01"));

        Map<String, Object> linked = new HashMap<>(licence);
        linked.put("number", "JP-LINKED");
        linked.put("determinationAuditSeq", determinationSeq);
        Api.Reply registered = officer.post("/api/licences", linked);
        status(registered, 201, null);
        assertThat(registered.get("restsOn").path("determinationAuditSeq").asLong()).isEqualTo(determinationSeq);
        assertThat(registered.get("restsOn").path("source").asText()).isEqualTo("GIVEN");
        JsonNode record = auditRecord(registered.get("auditSeq").asLong());
        assertThat(record.path("action").asText()).isEqualTo("LICENCE_REGISTERED");
        assertThat(record.path("outputs").path("restsOn").path("determinationAuditSeq").asLong())
                .isEqualTo(determinationSeq);

        Map<String, Object> unlinked = new HashMap<>(licence);
        unlinked.put("number", "JP-UNLINKED");
        Api.Reply none = officer.post("/api/licences", unlinked);
        status(none, 201, null);
        assertThat(none.get("restsOn").path("determinationAuditSeq").isNull()).isTrue();
        assertThat(none.get("restsOn").path("source").asText()).isEqualTo("NONE");
        assertThat(none.get("restsOn").path("note").asText()).contains("no determination");
        long noneId = none.get("id").asLong();
        assertThat(officer.get("/api/licences/" + noneId).get("restsOn").path("source").asText()).isEqualTo("NONE");

        // a drawdown names its own determination, or rests on none
        Map<String, Object> ship = new HashMap<>(Map.of("entryCode", "3C002", "destination", "KR", "consignee",
                "Samsung Electronics", "quantity", 1, "value", 100, "date", "2019-10-09"));
        Api.Reply unshipped = officer.post("/api/licences/" + noneId + "/shipments", ship);
        status(unshipped, 201, null);
        assertThat(unshipped.get("restsOn").path("source").asText()).isEqualTo("NONE");
        ship.put("determinationAuditSeq", determinationSeq);
        Api.Reply named = officer.post("/api/licences/" + noneId + "/shipments", ship);
        status(named, 201, null);
        assertThat(named.get("restsOn").path("source").asText()).isEqualTo("GIVEN");
        assertThat(named.get("restsOn").path("determinationAuditSeq").asLong()).isEqualTo(determinationSeq);

        // a seq that is not a determination's audit record is refused naming the field, and nothing is recorded
        ship.put("determinationAuditSeq", registered.get("auditSeq").asLong());
        Api.Reply wrong = officer.post("/api/licences/" + noneId + "/shipments", ship);
        status(wrong, 400, null);
        assertThat(wrong.get("error").path("field").asText()).isEqualTo("determinationAuditSeq");
        assertThat(officer.get("/api/licences/" + noneId).get("shipments").size()).isEqualTo(2);
        Map<String, Object> missing = new HashMap<>(licence);
        missing.put("number", "JP-MISSING");
        missing.put("determinationAuditSeq", 987_654_321L);
        Api.Reply refused = officer.post("/api/licences", missing);
        status(refused, 400, null);
        assertThat(refused.get("error").path("field").asText()).isEqualTo("determinationAuditSeq");
    }

    @Test
    void oneApplicationFromFilingToApprovalRegistersItsLicenceAndAuditsEveryStep() {
        Api alice = server.keyWithRole("requester");
        Api bob = server.keyWithRole("requester");
        Api officer = server.keyWithRole("officer");
        Api.Reply filed = alice.post("/api/applications", application("2019-09-19", "INDIVIDUAL"));
        status(filed, 201, null);
        long id = filed.get("id").asLong();
        assertThat(filed.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(filed.get("documents").size()).isEqualTo(5);
        assertThat(filed.get("documents").get(4).path("name").asText()).isEqualTo("End-user undertaking");
        assertThat(filed.get("clock").path("reviewDays").asInt()).isEqualTo(15);
        assertThat(filed.get("clock").path("dayCount").asText()).isEqualTo("WORKING");
        assertThat(filed.get("clock").path("note").asText()).contains("CHECK");
        assertThat(alice.get("/api/applications/" + id + "?asOf=2019-09-19").get("clock").path("deadline").asText())
                .isEqualTo("2019-10-10");
        // the application links to the audit record of the determination it was filed on
        long determinationSeq = filed.get("determinationAuditSeq").asLong();
        assertThat(determinationSeq).isPositive();
        assertThat(alice.get("/api/applications/" + id).get("determinationAuditSeq").asLong())
                .isEqualTo(determinationSeq);
        JsonNode determinationRecord = null;
        for (JsonNode r : admin.get("/api/audit?action=DETERMINATION&limit=1000").get("records")) {
            if (r.path("seq").asLong() == determinationSeq) {
                determinationRecord = r;
            }
        }
        assertThat(determinationRecord).as("the determination's audit record " + determinationSeq).isNotNull();
        assertThat(determinationRecord.toString()).contains("3C002", "Sony Semiconductor",
                filed.get("regimeVersion").asText());

        status(bob.get("/api/applications/" + id), 404, "not_found");
        assertThat(bob.get("/api/applications").get("applications").size()).isZero();
        assertThat(alice.get("/api/applications").get("applications").size()).isEqualTo(1);
        status(alice.post("/api/applications/" + id + "/review", Map.of()), 403, "forbidden");
        status(alice.post("/api/applications/" + id + "/approve", Map.of()), 403, "forbidden");
        status(alice.get("/api/applications/queue"), 403, "forbidden");

        status(officer.post("/api/applications/" + id + "/review", Map.of("on", "2019-09-20")), 200, null);
        Api.Reply asked = officer.post("/api/applications/" + id + "/information-request",
                Map.of("on", "2019-09-25", "note", "signed end-user undertaking"));
        status(asked, 200, null);
        assertThat(asked.get("clock").path("stopped").asBoolean()).isTrue();
        status(alice.post("/api/applications/" + id + "/resume", Map.of("on", "2019-10-02", "note", "attached")),
                200, null);
        Api.Reply approved = officer.post("/api/applications/" + id + "/approve", Map.of("on", "2019-10-08",
                "validTo", "2020-10-07", "conditions", "no re-export"));
        status(approved, 200, null);
        assertThat(approved.get("state").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("clock").path("decidedWithinDeadline").asBoolean()).isTrue();
        JsonNode licence = approved.get("licence");
        assertThat(licence.path("number").asText()).isEqualTo("KR-INDIVIDUAL-" + id);
        assertThat(licence.path("quantityLimit").asInt()).isEqualTo(15);
        assertThat(officer.get("/api/licences").text()).contains("KR-INDIVIDUAL-" + id);
        assertThat(approved.get("events").size()).isEqualTo(5);

        JsonNode audit = admin.get("/api/audit?subject=application%20" + id).json();
        assertThat(audit.toString()).contains("APPLICATION_FILED", "APPLICATION_START_REVIEW",
                "APPLICATION_REQUEST_INFORMATION", "APPLICATION_RESUME", "APPLICATION_APPROVE", "licenceId",
                "KR-INDIVIDUAL-" + id);
        assertThat(admin.get("/api/audit/verify").get("ok").asBoolean()).isTrue();
    }

    @Test
    void refusalsNameTheirReason() {
        Api alice = server.keyWithRole("requester");
        Api officer = server.keyWithRole("officer");
        Api.Reply wrongRoute = alice.post("/api/applications", application("2019-09-19", "COMPREHENSIVE"));
        status(wrongRoute, 400, "bad_request");
        assertThat(wrongRoute.get("error").path("field").asText()).isEqualTo("route");
        assertThat(wrongRoute.text()).contains("INDIVIDUAL");
        Map<String, Object> badLine = application("2019-09-19", "INDIVIDUAL");
        badLine.put("lines", List.of(Map.of("quantity", -1)));
        assertThat(alice.post("/api/applications", badLine).get("error").path("field").asText())
                .isEqualTo("lines[0].quantity");
        long id = alice.post("/api/applications", application("2019-09-19", "INDIVIDUAL")).get("id").asLong();
        Api.Reply early = officer.post("/api/applications/" + id + "/approve", Map.of("validTo", "2030-01-01"));
        status(early, 409, "illegal_transition");
        assertThat(early.text()).contains("SUBMITTED");
        status(officer.post("/api/applications/" + id + "/withdraw", Map.of()), 403, "forbidden");
        status(officer.post("/api/applications/" + id + "/review", Map.of("on", "2019-09-18")), 400, "bad_request");
        status(officer.post("/api/applications/" + id + "/review", Map.of()), 200, null);
        Api.Reply noReasons = officer.post("/api/applications/" + id + "/deny", Map.of());
        status(noReasons, 400, "bad_request");
        assertThat(noReasons.get("error").path("field").asText()).isEqualTo("note");
        Api.Reply denied = officer.post("/api/applications/" + id + "/deny", Map.of("reasons", "end user of concern"));
        status(denied, 200, null);
        assertThat(denied.get("decisionNote").asText()).isEqualTo("end user of concern");
        status(alice.post("/api/applications/" + id + "/withdraw", Map.of()), 409, "illegal_transition");
        status(officer.get("/api/applications?state=NOPE"), 400, "bad_request");
    }

    @Test
    void approvingARouteGoneOnTheDecisionDayIsWarnedAndAnOverrideIsAudited() {
        Api alice = server.keyWithRole("requester");
        Api officer = server.keyWithRole("officer");
        long id = alice.post("/api/applications", application("2019-09-10", "COMPREHENSIVE")).get("id").asLong();
        status(officer.post("/api/applications/" + id + "/review", Map.of("on", "2019-09-11")), 200, null);
        Api.Reply warned = officer.post("/api/applications/" + id + "/approve", Map.of("on", "2019-09-20"));
        status(warned, 409, "route_unavailable");
        assertThat(warned.text()).contains("COMPREHENSIVE is no longer available on 2019-09-20", "[INDIVIDUAL]");
        assertThat(officer.get("/api/applications/" + id).get("state").asText()).isEqualTo("UNDER_REVIEW");
        Api.Reply overridden = officer.post("/api/applications/" + id + "/approve", Map.of("on", "2019-09-20",
                "overrideReason", "contract signed before the split"));
        status(overridden, 200, null);
        assertThat(overridden.get("decisionNote").asText()).contains("OVERRIDE", "contract signed before the split");
        assertThat(overridden.get("licence").path("validTo").asText()).isEqualTo("2022-09-19");
        String audit = admin.get("/api/audit?subject=application%20" + id).text();
        assertThat(audit).contains("contract signed before the split").contains("routeCheck");
        // Still available on the decision day: no warning.
        long ok = alice.post("/api/applications", application("2019-09-10", "COMPREHENSIVE")).get("id").asLong();
        officer.post("/api/applications/" + ok + "/review", Map.of("on", "2019-09-11"));
        status(officer.post("/api/applications/" + ok + "/approve", Map.of("on", "2019-09-12")), 200, null);
    }

    @Test
    void queueSortsByDeadlineFlagsOverdueAndStatsCount() {
        Api alice = server.keyWithRole("requester");
        Api officer = server.keyWithRole("officer");
        long late = alice.post("/api/applications", application("2019-09-16", "INDIVIDUAL")).get("id").asLong();
        long later = alice.post("/api/applications", application("2019-09-19", "INDIVIDUAL")).get("id").asLong();
        JsonNode queue = officer.get("/api/applications/queue?asOf=2019-09-30").get("applications");
        List<Long> ids = new java.util.ArrayList<>();
        queue.forEach(a -> ids.add(a.path("id").asLong()));
        assertThat(ids).containsSubsequence(late, later);
        for (JsonNode a : queue) {
            if (a.path("id").asLong() == late) {
                assertThat(a.path("clock").path("overdue").asBoolean()).isTrue();
                assertThat(a.path("clock").path("deadline").asText()).isEqualTo("2019-09-23");
            }
            if (a.path("id").asLong() == later) {
                assertThat(a.path("clock").path("overdue").asBoolean()).isFalse();
            }
        }
        Api.Reply stats = officer.get("/api/applications/stats?asOf=2019-09-30");
        status(stats, 200, null);
        assertThat(stats.get("counts").path("SUBMITTED").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(stats.get("overdue").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(stats.json().has("medianReviewDays")).isTrue();
        assertThat(stats.json().has("shareDecidedWithinDeadline")).isTrue();
        status(alice.get("/api/applications/stats"), 403, "forbidden");
    }

    @Test
    void workloadEndpointGivesBeforeAndAfterAsJsonOrTheReport() {
        Api alice = server.keyWithRole("requester");
        String csv = "id,from,to,item,date,consignee\n1,KR,JP,3C002,2019-10-01,Sony\n2,KR,JP,3C002,2019-11-01,Sony\n"
                + "3,KR,JP,3C002,2019-12-01,JSR\n4,KR,JP,3C002,not-a-date,JSR\n";
        Api.Reply r = alice.postCsv("/api/workload?before=2019-09-17&after=2019-09-18&officers=1", csv);
        status(r, 200, null);
        assertThat(r.get("before").path("applications").path("COMPREHENSIVE").asLong()).isEqualTo(2);
        assertThat(r.get("after").path("applications").path("INDIVIDUAL").asLong()).isEqualTo(3);
        assertThat(r.get("change").path("applications").path("INDIVIDUAL").asLong()).isEqualTo(3);
        assertThat(r.get("after").path("backlog").isObject()).isTrue();
        assertThat(r.get("problems").get(0).asText()).contains("upload:5");
        Api.Reply html = alice.postCsv("/api/workload?before=2019-09-17&after=2019-09-18&format=html", csv);
        assertThat(html.text()).contains("<svg", "Applications before and after");
        status(alice.postCsv("/api/workload?before=2019-09-17&after=2019-09-18&minutes=INDIVIDUAL", csv), 400,
                "bad_request");
        status(alice.postCsv("/api/workload?after=2019-09-18", csv), 400, "bad_request");
    }
}
