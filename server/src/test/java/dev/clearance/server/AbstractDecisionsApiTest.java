package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Officers' decisions on screening hits over HTTP, once per database: a decision names its party, never applies to
 * another party, needs a reason, and is audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractDecisionsApiTest {
    private TestDatabase databases;
    private TestServer server;
    private TestServer fourEyesServer;
    private Api admin;
    private Api fourEyesAdmin;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 64 * 1024);
        admin = server.admin();
        fourEyesServer = TestServer.overBaseLists(databases.open(), 64 * 1024, true);
        fourEyesAdmin = fourEyesServer.admin();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            TestServer.close(server);
        } finally {
            TestServer.close(fourEyesServer);
        }
        databases.close();
    }

    @Test
    void aFalsePositiveWithoutPartyKeyNeverSilencesAnotherScreeningOfTheName() {
        Map<String, Object> nameOnly = Map.of("name", "Ivan Petrovich Sidorov");
        JsonNode first = admin.post("/api/screenings", nameOnly).json();
        assertThat(first.path("hits").get(0).path("entryId").asText()).isEqualTo("ftm:p1");
        assertThat(first.path("hits").get(0).path("score").asDouble()).isEqualTo(1.0);
        assertThat(first.path("alert").asBoolean()).isTrue();

        Api.Reply refused = admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "FALSE_POSITIVE",
                "reason", "not our customer", "party", nameOnly));
        assertError(refused, 400, "party");

        JsonNode later = admin.post("/api/screenings", nameOnly).json();
        assertThat(later.path("alert").asBoolean()).as("an exact match of a listed name stays an alert").isTrue();
        assertThat(later.path("hits").get(0).path("review").path("state").asText()).isNotEqualTo("REVIEWED");
    }

    @Test
    void aFalsePositiveOnARecordWithoutKeyBindsToThatRecordOnly() {
        Map<String, Object> record = Map.of("name", "Ivan Petrovich Sidorov", "country", "RU", "dob", "1962");
        Api.Reply d = admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "false_positive",
                "reason", "born 1984, listed person 1960", "party", record));
        assertThat(d.status()).as(d.text()).isEqualTo(201);
        assertThat(d.get("auditSeq").asLong()).isPositive();
        assertThat(state(admin.post("/api/screenings", record).json(), "ftm:p1")).isEqualTo("REVIEWED");
        assertThat(admin.post("/api/screenings", record).get("alert").asBoolean()).isFalse();
        // the name alone, other data, or a keyed party with the same data: other parties, still alerts
        for (Map<String, Object> other : List.of(Map.<String, Object>of("name", "Ivan Petrovich Sidorov"),
                Map.<String, Object>of("name", "Ivan Petrovich Sidorov", "dob", "1962"),
                Map.<String, Object>of("name", "Ivan Petrovich Sidorov", "country", "RU", "dob", "1962",
                        "type", "person"),
                Map.<String, Object>of("partyKey", "C-100", "name", "Ivan Petrovich Sidorov", "country", "RU",
                        "dob", "1962"))) {
            JsonNode r = admin.post("/api/screenings", other).json();
            assertThat(r.path("alert").asBoolean()).as(other.toString()).isTrue();
            assertThat(state(r, "ftm:p1")).as(other.toString()).isEqualTo("NOT_REVIEWED");
        }
        String fingerprint = d.get("partyFingerprint").asText();
        JsonNode history = admin.get("/api/decisions?partyFingerprint=" + fingerprint + "&entryId=ftm:p1").json();
        assertThat(history.path("decisions").size()).isEqualTo(1);
        assertThat(history.path("decisions").get(0).path("reason").asText()).isEqualTo("born 1984, listed person 1960");
    }

    @Test
    void aDecisionNeedsItsPartyAReasonAndAKnownKind() {
        Map<String, Object> party = Map.of("partyKey", "C-200", "name", "Ivan Petrovich Sidorov");
        assertError(admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "FALSE_POSITIVE",
                "reason", "  ", "party", party)), 400, "reason");
        assertError(admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "FALSE_POSITIVE",
                "party", party)), 400, "reason");
        assertError(admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "FALSE_POSITIVE",
                "reason", "r")), 400, "party");
        assertError(admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "IGNORE",
                "reason", "r", "party", party)), 400, "decision");
        assertError(admin.get("/api/decisions"), 400, "partyKey");
        assertThat(admin.get("/api/decisions/999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/decisions?partyKey=C-200").get("decisions").size()).isZero();
    }

    @Test
    void aConfirmedMatchBlocksThePartyInScreeningsAndDeterminations() {
        // "VPI Moscow" scores nothing against the list; the officer knows it is Volga Precision Instruments.
        Map<String, Object> party = Map.of("partyKey", "C-300", "name", "VPI Moscow", "country", "RU");
        Api.Reply before = admin.post("/api/determinations", Map.of("from", "JP", "to", "RU", "item", "NONE",
                "date", "2024-02-01", "endUser", "VPI Moscow"));
        assertThat(before.get("endUser").path("listed").asBoolean()).as(before.text()).isFalse();
        Api.Reply d = admin.post("/api/decisions", Map.of("entryId", "ftm:o1", "decision", "CONFIRMED_MATCH",
                "reason", "trade name of Volga Precision Instruments per registry extract", "party", party));
        assertThat(d.status()).as(d.text()).isEqualTo(201);

        JsonNode screening = admin.post("/api/screenings", party).json();
        assertThat(screening.path("blocked").asBoolean()).isTrue();
        assertThat(screening.path("alert").asBoolean()).isTrue();
        assertThat(screening.path("confirmedMatches").get(0).path("entryId").asText()).isEqualTo("ftm:o1");

        for (Map<String, Object> request : List.of(
                Map.<String, Object>of("from", "JP", "to", "RU", "item", "NONE", "date", "2024-02-01",
                        "endUser", "VPI Moscow"),
                Map.<String, Object>of("from", "JP", "to", "RU", "item", "NONE", "date", "2024-02-01",
                        "endUser", "VPI", "endUserKey", "C-300"))) {
            Api.Reply det = admin.post("/api/determinations", request);
            assertThat(det.status()).as(det.text()).isEqualTo(200);
            JsonNode endUser = det.get("endUser");
            assertThat(endUser.path("listed").asBoolean()).as(det.text()).isTrue();
            assertThat(endUser.path("entryId").asText()).isEqualTo("ftm:o1");
            assertThat(endUser.path("explanation").asText()).contains("confirmed match")
                    .contains("registry extract");
        }
        // the same hit in the audit trail, with the officer
        JsonNode audit = admin.get("/api/audit?action=DECISION&limit=50").get("records");
        assertThat(audit.toString()).contains("C-300").contains("CONFIRMED_MATCH");
    }

    @Test
    void anEscalatedHitStaysAnAlertAndTheHistoryShowsEveryDecision() {
        Map<String, Object> party = Map.of("partyKey", "C-400", "name", "Boris Nikolaevich Kuznetsov");
        // a decision's key names a party of the partner master
        assertThat(admin.post("/api/parties", Map.of("key", "C-400", "name", "Boris Nikolaevich Kuznetsov"))
                .status()).isEqualTo(201);
        assertThat(admin.post("/api/decisions", Map.of("entryId", "ftm:p2", "decision", "ESCALATED",
                "reason", "needs legal", "party", party)).status()).isEqualTo(201);
        JsonNode r = admin.post("/api/screenings", party).json();
        assertThat(state(r, "ftm:p2")).isEqualTo("ESCALATED");
        assertThat(r.path("alert").asBoolean()).isTrue();
        assertThat(admin.post("/api/decisions", Map.of("entryId", "ftm:p2", "decision", "FALSE_POSITIVE",
                "reason", "legal: other person, born 1990", "party", party)).status()).isEqualTo(201);
        r = admin.post("/api/screenings", party).json();
        assertThat(state(r, "ftm:p2")).isEqualTo("REVIEWED");
        assertThat(r.path("alert").asBoolean()).isFalse();
        JsonNode history = admin.get("/api/decisions?partyKey=C-400&entryId=ftm:p2").get("decisions");
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(0).path("decision").asText()).isEqualTo("FALSE_POSITIVE");
        assertThat(history.get(1).path("decision").asText()).isEqualTo("ESCALATED");
        assertThat(history.get(1).path("reason").asText()).isEqualTo("needs legal");
    }

    @Test
    void withFourEyesAFalsePositiveSuppressesTheAlertOnlyOnceASecondOfficerConfirms() {
        Api first = officer(fourEyesAdmin, "first");
        Api second = officer(fourEyesAdmin, "second");
        Map<String, Object> party = Map.of("partyKey", "C-500", "name", "Ivan Petrovich Sidorov", "dob", "1964");
        Api.Reply d = first.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "FALSE_POSITIVE",
                "reason", "born 1990", "party", party));
        assertThat(d.status()).as(d.text()).isEqualTo(201);
        assertThat(d.get("pending").asBoolean()).isTrue();
        long id = d.get("id").asLong();
        JsonNode r = first.post("/api/screenings", party).json();
        assertThat(state(r, "ftm:p1")).isEqualTo("PENDING_CONFIRMATION");
        assertThat(r.path("alert").asBoolean()).isTrue();

        Api.Reply self = first.post("/api/decisions/" + id + "/confirm", Map.of("reason", "me again"));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.get("error").path("code").asText()).isEqualTo("same_officer");
        Api.Reply ok = second.post("/api/decisions/" + id + "/confirm", Map.of("reason", "agree: DOB differs"));
        assertThat(ok.status()).as(ok.text()).isEqualTo(201);
        assertThat(ok.get("confirmation").path("officer").asText()).startsWith("second");
        r = first.post("/api/screenings", party).json();
        assertThat(state(r, "ftm:p1")).isEqualTo("REVIEWED");
        assertThat(r.path("alert").asBoolean()).isFalse();
        assertThat(second.post("/api/decisions/" + id + "/confirm", "").status()).isEqualTo(409);
        assertThat(fourEyesAdmin.get("/api/audit?action=DECISION_CONFIRMED").get("total").asLong()).isEqualTo(1);

        // without four eyes there is nothing to confirm
        assertThat(admin.post("/api/parties", Map.of("key", "C-501", "name", "Ivan Petrovich Sidorov")).status())
                .isEqualTo(201);
        Api.Reply plain = admin.post("/api/decisions", Map.of("entryId", "ftm:p1", "decision", "FALSE_POSITIVE",
                "reason", "born 1991", "party", Map.of("partyKey", "C-501", "name", "Ivan Petrovich Sidorov")));
        assertThat(plain.get("pending").asBoolean()).isFalse();
        assertThat(officer(admin, "other").post("/api/decisions/" + plain.get("id").asLong() + "/confirm", "")
                .get("error").path("code").asText()).isEqualTo("not_confirmable");
    }

    private static Api officer(Api admin, String name) {
        Api.Reply r = admin.post("/api/keys", Map.of("name", name + "-" + System.nanoTime(), "role", "officer"));
        assertThat(r.status()).as(r.text()).isEqualTo(201);
        return admin.as(r.get("key").asText());
    }

    private static String state(JsonNode screening, String entryId) {
        for (JsonNode h : screening.path("hits")) {
            if (h.path("entryId").asText().equals(entryId)) {
                return h.path("review").path("state").asText();
            }
        }
        throw new AssertionError("no hit " + entryId + " in " + screening);
    }

    private static void assertError(Api.Reply r, int status, String field) {
        assertThat(r.status()).as(r.text()).isEqualTo(status);
        assertThat(r.get("error").path("field").asText()).as(r.text()).isEqualTo(field);
    }
}
