package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The screening gate over HTTP, once per database: a party blocked by a confirmed match or an open alert cannot be
 * the end user or consignee of a filing, an approval, a licence registration or a drawdown; only overrides
 * confirmed by a second officer let a step through, once, and every step's screening is kept with its subject.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractScreeningGateApiTest {
    private TestDatabase databases;
    private TestServer server;
    private Api admin;
    private Api requester;
    private Api officer;
    private Api second;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 64 * 1024);
        admin = server.admin();
        requester = server.keyWithRole("requester");
        officer = server.keyWithRole("officer");
        second = server.keyWithRole("officer");
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    private static Map<String, Object> application(String endUser, String key) {
        Map<String, Object> m = new HashMap<>(Map.of("from", "KR", "to", "JP", "item", "3C002", "route",
                "INDIVIDUAL", "holder", "Acme Korea", "endUser", endUser, "currency", "USD",
                "filedOn", "2019-09-19", "quantity", 10, "value", 90000));
        if (key != null) {
            m.put("endUserKey", key);
        }
        return m;
    }

    private static void status(Api.Reply r, int status, String code) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        if (code != null) {
            assertThat(r.get("error").path("code").asText()).as(r.text()).isEqualTo(code);
        }
    }

    private long override(String step, String name, String key) {
        Map<String, Object> body = new HashMap<>(Map.of("step", step, "name", name,
                "reason", "licence sought for the listed party itself"));
        if (key != null) {
            body.put("partyKey", key);
        }
        Api.Reply r = officer.post("/api/screening-overrides", body);
        status(r, 201, null);
        assertThat(r.get("state").asText()).isEqualTo("PENDING");
        return r.get("id").asLong();
    }

    @Test
    void aConfirmedMatchBlocksFilingApprovalRegistrationAndDrawdownUntilTwoOfficersOverride() {
        status(officer.post("/api/parties", Map.of("key", "C-GATE", "name", "Hanbit Optics Trading")), 201, null);
        Api.Reply filed = requester.post("/api/applications", application("Hanbit Optics Trading", "C-GATE"));
        status(filed, 201, null);
        long id = filed.get("id").asLong();
        JsonNode filing = requester.get("/api/applications/" + id).get("screenings");
        assertThat(filing.size()).isEqualTo(1);
        assertThat(filing.get(0).path("step").asText()).isEqualTo("FILE");
        assertThat(filing.get(0).path("result").path("listVersions").size()).isPositive();
        assertThat(filing.get(0).path("result").path("parties").get(0).path("outcome").asText()).isEqualTo("NO_HIT");

        Api.Reply decided = officer.post("/api/decisions", Map.of("entryId", "ftm:o2", "decision",
                "CONFIRMED_MATCH", "reason", "trades for the listed company", "party",
                Map.of("partyKey", "C-GATE", "name", "Hanbit Optics Trading")));
        status(decided, 201, null);
        long decision = decided.get("id").asLong();

        Api.Reply again = requester.post("/api/applications", application("Hanbit Optics Trading", "C-GATE"));
        status(again, 409, "screening_blocked");
        assertThat(again.get("error").path("message").asText()).contains("Hanbit Optics Trading",
                "decision " + decision, "ftm:o2");
        // the name alone, without its key, is blocked as well
        status(requester.post("/api/applications", application("Hanbit Optics Trading", null)), 409,
                "screening_blocked");

        status(officer.post("/api/applications/" + id + "/review", Map.of("on", "2019-09-20")), 200, null);
        Api.Reply approve = officer.post("/api/applications/" + id + "/approve", Map.of("validTo", "2030-12-31"));
        status(approve, 409, "screening_blocked");
        JsonNode block = approve.get("error").path("details").path("blocks").get(0);
        assertThat(block.path("decisionId").asLong()).isEqualTo(decision);
        assertThat(block.path("entryId").asText()).isEqualTo("ftm:o2");
        assertThat(block.path("party").asText()).isEqualTo("Hanbit Optics Trading");
        assertThat(block.path("role").asText()).isEqualTo("endUser");

        long approveOverride = override("APPROVE", "Hanbit Optics Trading", "C-GATE");
        Map<String, Object> withOverride = Map.of("validTo", "2030-12-31", "screeningOverrides",
                List.of(approveOverride));
        Api.Reply pending = officer.post("/api/applications/" + id + "/approve", withOverride);
        status(pending, 409, "screening_blocked");
        assertThat(pending.text()).contains("second officer");
        status(officer.post("/api/screening-overrides/" + approveOverride + "/confirm", Map.of()), 409,
                "same_officer");
        status(second.post("/api/screening-overrides/" + approveOverride + "/confirm",
                Map.of("reason", "seen the licence file")), 200, null);
        Api.Reply approved = officer.post("/api/applications/" + id + "/approve", withOverride);
        status(approved, 200, null);
        long licence = approved.get("licenceId").asLong();
        JsonNode steps = approved.get("screenings");
        assertThat(steps.get(1).path("step").asText()).isEqualTo("APPROVE");
        assertThat(steps.get(1).path("overrideId").asLong()).isEqualTo(approveOverride);
        assertThat(admin.get("/api/screening-overrides/" + approveOverride).get("state").asText()).isEqualTo("USED");

        Map<String, Object> register = Map.of("jurisdiction", "KR", "type", "INDIVIDUAL", "number", "KR-GATE-1",
                "holder", "Acme Korea", "entries", List.of("3C002"), "destinations", List.of("JP"),
                "consignees", List.of("Hanbit Optics Trading"), "validFrom", "2019-10-01");
        Api.Reply registered = officer.post("/api/licences", register);
        status(registered, 409, "screening_blocked");
        assertThat(registered.get("error").path("details").path("blocks").get(0).path("role").asText())
                .isEqualTo("consignees[0]");

        Map<String, Object> shipment = new HashMap<>(Map.of("entryCode", "3C002", "destination", "JP",
                "consignee", "Hanbit Optics Trading", "quantity", 1, "value", 9000, "date",
                LocalDate.now().toString()));
        Api.Reply drawn = officer.post("/api/licences/" + licence + "/shipments", shipment);
        status(drawn, 409, "screening_blocked");
        // a used override lets nothing else through
        shipment.put("screeningOverrides", List.of(approveOverride));
        Api.Reply reused = officer.post("/api/licences/" + licence + "/shipments", shipment);
        status(reused, 409, "screening_blocked");
        assertThat(reused.text()).contains("used already");
        long drawdownOverride = override("DRAWDOWN", "Hanbit Optics Trading", null);
        status(second.post("/api/screening-overrides/" + drawdownOverride + "/confirm", Map.of()), 200, null);
        shipment.put("screeningOverrides", List.of(drawdownOverride));
        Api.Reply shipped = officer.post("/api/licences/" + licence + "/shipments", shipment);
        status(shipped, 201, null);
        assertThat(shipped.get("screening").path("listsChangedSince").asBoolean()).isFalse();
        JsonNode shown = officer.get("/api/licences/" + licence).json();
        assertThat(shown.path("screenings").get(0).path("step").asText()).isEqualTo("APPROVE");
        assertThat(shown.path("applicationId").asLong()).isEqualTo(id);
        assertThat(shown.path("shipments").get(0).path("screenings").get(0).path("overrideId").asLong())
                .isEqualTo(drawdownOverride);

        String audit = admin.get("/api/audit?limit=200").text();
        assertThat(audit).contains("GATE_OVERRIDE_REQUESTED", "GATE_OVERRIDE_CONFIRMED", "seen the licence file");
        assertThat(admin.get("/api/audit/verify").get("ok").asBoolean()).isTrue();
    }

    @Test
    void anOpenAlertOrAnUnreviewedHitBlocksAndNothingIsOverriddenWithoutABlock() {
        status(officer.post("/api/parties", Map.of("key", "C-VOLGA", "name", "Volga Precision Instruments",
                "country", "RU")), 201, null);
        JsonNode alerts = admin.get("/api/alerts?party=C-VOLGA&state=OPEN").get("alerts");
        assertThat(alerts.size()).isEqualTo(1);
        Api.Reply filed = requester.post("/api/applications", application("Volga Precision Instruments", "C-VOLGA"));
        status(filed, 409, "screening_blocked");
        assertThat(filed.text()).contains("open alert " + alerts.get(0).path("id").asLong(), "ftm:o1");
        // a name on a list hits without any master record or decision behind it
        Api.Reply hit = requester.post("/api/applications", application("Eastern Star Trading Company", null));
        status(hit, 409, "screening_blocked");
        assertThat(hit.text()).contains("SCREENING_HIT", "ftm:o2");
        status(officer.post("/api/screening-overrides", Map.of("step", "FILE", "name", "Sony Semiconductor",
                "reason", "none")), 409, "not_blocked");
    }

    @Test
    void aDecisionsKeyNamesItsOwnParty() {
        status(officer.post("/api/parties", Map.of("key", "C-KEYED", "name", "Daehan Precision")), 201, null);
        Api.Reply other = officer.post("/api/decisions", Map.of("entryId", "ftm:o1", "decision", "CONFIRMED_MATCH",
                "reason", "r", "party", Map.of("partyKey", "C-KEYED", "name", "Volga Precision Instruments")));
        status(other, 400, "bad_request");
        assertThat(other.get("error").path("field").asText()).isEqualTo("party.partyKey");
        assertThat(other.text()).contains("Daehan Precision");
        Api.Reply unknown = officer.post("/api/decisions", Map.of("entryId", "ftm:o1", "decision", "ESCALATED",
                "reason", "r", "party", Map.of("partyKey", "C-NOWHERE", "name", "Volga Precision Instruments")));
        status(unknown, 400, "bad_request");
        assertThat(unknown.text()).contains("C-NOWHERE");
        status(officer.post("/api/decisions", Map.of("entryId", "ftm:o1", "decision", "ESCALATED", "reason", "r",
                "party", Map.of("partyKey", "C-NOWHERE", "name", "Volga Precision Instruments", "country", "RU"))),
                201, null);
    }

    @Test
    void filingFromAPastDeterminationFilesToday() {
        Map<String, Object> body = application("Sony Semiconductor", null);
        body.remove("filedOn");
        body.put("date", "2019-09-19");
        Api.Reply filed = requester.post("/api/applications", body);
        status(filed, 201, null);
        assertThat(filed.get("filedOn").asText()).isEqualTo(LocalDate.now().toString());
        assertThat(LocalDate.parse(filed.get("clock").path("deadline").asText())).isAfter(LocalDate.now());
        assertThat(filed.get("route").asText()).isEqualTo("INDIVIDUAL");
    }

    @Test
    void aScreeningAgainstAnIncompleteSetOfListsBlocksUntilTwoOfficersOverride() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("clearance-gate-incomplete");
        java.nio.file.Path yaml = TestLists.write(dir, TestLists.BASE);
        java.nio.file.Files.writeString(yaml, java.nio.file.Files.readString(yaml)
                + "  - name: gone\n    format: ftm-json\n    path: gone.jsonl\n");
        try (TestServer partial = TestServer.start(databases.open(), yaml, 1 << 20)) {
            Api filer = partial.keyWithRole("requester");
            Api first = partial.keyWithRole("officer");
            Api other = partial.keyWithRole("officer");
            Map<String, Object> body = application("Someone Entirely Unlisted", null);
            Api.Reply refused = filer.post("/api/applications", body);
            status(refused, 409, "screening_incomplete");
            assertThat(refused.get("error").path("message").asText()).contains("gone", "Someone Entirely Unlisted");
            assertThat(refused.get("error").path("details").path("missingLists").toString()).isEqualTo("[\"gone\"]");
            JsonNode block = refused.get("error").path("details").path("blocks").get(0);
            assertThat(block.path("kind").asText()).isEqualTo("LIST_NOT_LOADED");
            assertThat(block.path("list").asText()).isEqualTo("gone");
            assertThat(block.path("role").asText()).isEqualTo("endUser");

            Api.Reply requested = first.post("/api/screening-overrides", Map.of("step", "FILE", "name",
                    "Someone Entirely Unlisted", "reason", "list gone is withdrawn; screened by hand"));
            status(requested, 201, null);
            assertThat(requested.get("covers").toString()).contains("list:gone");
            long overrideId = requested.get("id").asLong();
            body.put("screeningOverrides", List.of(overrideId));
            status(filer.post("/api/applications", body), 409, "screening_incomplete");
            status(other.post("/api/screening-overrides/" + overrideId + "/confirm", Map.of()), 200, null);
            Api.Reply filed = filer.post("/api/applications", body);
            status(filed, 201, null);
            JsonNode screening = filer.get("/api/applications/" + filed.get("id").asLong()).get("screenings").get(0);
            assertThat(screening.path("overrideId").asLong()).isEqualTo(overrideId);
            assertThat(screening.path("result").path("missingLists").toString()).isEqualTo("[\"gone\"]");
            // the override was used once: the next filing is stopped again
            status(filer.post("/api/applications", body), 409, "screening_incomplete");
        } finally {
            TempDirs.delete(dir);
        }
    }
}
