package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clearance.csv.CsvReader;
import dev.clearance.csv.CsvRecord;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A batch job answers as a single screening does, once per database: configured lists not loaded are named on every
 * result (JSON and each CSV line) and a row without hits under them is {@code INCOMPLETE}, never clear; decisions
 * apply (a confirmed match blocks, a keyed false positive shows as reviewed by its decision, not hidden).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractBatchTrustApiTest {
    private TestDatabase databases;
    private TestServer server;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void startVendor() {
        databases = vendor();
    }

    @AfterEach
    void stopServer() {
        TestServer.close(server);
        server = null;
    }

    @AfterAll
    void stopVendor() throws Exception {
        databases.close();
    }

    @Test
    void aListNotLoadedIsNamedOnEveryResultAndANoHitUnderItIsNotClear() throws Exception {
        Path dir = Files.createTempDirectory("clearance-batch-trust");
        try {
            Path yaml = TestLists.write(dir, TestLists.BASE);
            Files.writeString(yaml, Files.readString(yaml)
                    + "  - name: gone\n    format: ftm-json\n    path: gone.jsonl\n");
            server = TestServer.start(databases.open(), yaml, 1 << 20);
            Api admin = server.admin();
            String job = run(admin, "id,name\nA-1,Someone Entirely Unlisted\nA-2,Eastern Star Trading Company\nA-3,\n");

            Map<String, JsonNode> rows = results(admin, job, false);
            assertThat(rows.get("A-1").path("missingLists").toString()).isEqualTo("[\"gone\"]");
            assertThat(rows.get("A-1").path("outcome").asText()).isEqualTo("INCOMPLETE");
            assertThat(rows.get("A-1").path("alert").asBoolean()).isFalse();
            assertThat(rows.get("A-2").path("missingLists").toString()).isEqualTo("[\"gone\"]");
            assertThat(rows.get("A-2").path("outcome").asText()).isEqualTo("ALERT");
            assertThat(results(admin, job, true)).as("an incomplete no-hit needs a look too")
                    .containsKeys("A-1", "A-2", "row 3");

            List<Map<String, String>> csv = csv(admin, job);
            assertThat(csv).hasSize(3).allSatisfy(r -> assertThat(r.get("missing_lists")).isEqualTo("gone"));
            Map<String, String> a1 = byId(csv, "A-1");
            assertThat(a1.get("outcome")).isEqualTo("INCOMPLETE");
            assertThat(a1.get("rank")).isEmpty();
            assertThat(byId(csv, "A-2").get("outcome")).isEqualTo("ALERT");
            assertThat(csv.stream().filter(r -> r.get("row").equals("3")).findFirst().orElseThrow().get("outcome"))
                    .isEqualTo("NOT_SCREENED");
            assertThat(admin.get("/api/audit?action=BATCH_SCREENING").get("records").get(0).path("outputs")
                    .toString()).contains("missingLists", "gone");

            // An order book's end users are screened against the same lists: each such row names the list missing.
            Api.Reply book = admin.postCsv("/api/determinations/batch",
                    "id,from,to,item,date,cas,hs,end_use,end_user,informed,customer\n"
                            + "o-1,JP,KR,NONE,2025-10-01,,,civil,Someone Entirely Unlisted,,\n"
                            + "o-2,JP,KR,NONE,2025-10-01,,,civil,,,\n");
            assertThat(book.status()).as(book.text()).isEqualTo(200);
            assertThat(book.get("determinations").get(0).path("missingLists").toString()).isEqualTo("[\"gone\"]");
            assertThat(book.get("determinations").get(1).has("missingLists")).as("no end user: nothing screened")
                    .isFalse();
            Api.Reply one = admin.post("/api/determinations", Map.of("from", "JP", "to", "KR", "item", "NONE",
                    "date", "2025-10-01", "endUser", "Someone Entirely Unlisted"));
            assertThat(one.get("missingLists").toString()).isEqualTo("[\"gone\"]");
        } finally {
            TempDirs.delete(dir);
        }
    }

    @Test
    void withEveryListLoadedANoHitIsClearAndNoListIsNamed() throws Exception {
        server = TestServer.overBaseLists(databases.open(), 1 << 20);
        Api admin = server.admin();
        String job = run(admin, "id,name\nB-1,Someone Entirely Unlisted\n");
        JsonNode row = results(admin, job, false).get("B-1");
        assertThat(row.has("missingLists")).isFalse();
        assertThat(row.path("outcome").asText()).isEqualTo("NO_HIT");
        assertThat(results(admin, job, true)).isEmpty();
        Map<String, String> line = byId(csv(admin, job), "B-1");
        assertThat(line.get("outcome")).isEqualTo("NO_HIT");
        assertThat(line.get("missing_lists")).isEmpty();
    }

    @Test
    void aListWhoseLastLoadWasRefusedIsNamedWithTheVersionScreenedAgainst() throws Exception {
        server = TestServer.overBaseLists(databases.open(), 1 << 20);
        Api admin = server.admin();
        Files.writeString(server.listsFolder().resolve("test-list.jsonl"), "");
        Api.Reply refused = admin.post("/api/lists/reload", Map.of());
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        String job = run(admin, "id,name\nD-1,Someone Entirely Unlisted\n");
        JsonNode row = results(admin, job, false).get("D-1");
        assertThat(row.path("listWarnings").toString()).contains("test: last load refused", "test@");
        assertThat(row.has("missingLists")).isFalse();
        assertThat(byId(csv(admin, job), "D-1").get("list_warnings")).startsWith("test: last load refused");
        assertThat(admin.post("/api/screenings", Map.of("name", "Someone Entirely Unlisted")).get("listWarnings")
                .toString()).contains("test: last load refused");
    }

    @Test
    void decisionsApplyToBatchResultsAsToSingleScreenings() throws Exception {
        server = TestServer.overBaseLists(databases.open(), 1 << 20);
        Api admin = server.admin();
        // a decision's key names a party of the partner master (a batch row's id is that key)
        assertThat(admin.post("/api/parties", Map.of("key", "C-1", "name", "Boris Nikolaevich Kuznetsov")).status())
                .isEqualTo(201);
        assertThat(admin.post("/api/parties", Map.of("key", "C-2", "name", "Eastern Star Trading Company")).status())
                .isEqualTo(201);
        Api.Reply confirmed = admin.post("/api/decisions", Map.of("entryId", "ftm:p2", "decision", "CONFIRMED_MATCH",
                "reason", "same passport", "party", Map.of("partyKey", "C-1", "name", "Boris Nikolaevich Kuznetsov")));
        assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(201);
        Api.Reply cleared = admin.post("/api/decisions", Map.of("entryId", "ftm:o2", "decision", "FALSE_POSITIVE",
                "reason", "a Seoul bakery", "party", Map.of("partyKey", "C-2", "name", "Eastern Star Trading Company")));
        assertThat(cleared.status()).as(cleared.text()).isEqualTo(201);
        long clearedBy = cleared.get("id").asLong();

        String job = run(admin, "id,name\nC-1,Boris Nikolaevich Kuznetsov\nC-2,Eastern Star Trading Company\n"
                + "C-3,Eastern Star Trading Company\nC-1,Someone Entirely Unlisted\n");
        JsonNode single = admin.post("/api/screenings", Map.of("partyKey", "C-2", "name",
                "Eastern Star Trading Company")).json();

        Map<String, JsonNode> rows = new HashMap<>();
        admin.get("/api/screenings/batch/" + job + "/results").get("results")
                .forEach(r -> rows.put(r.path("row").asText(), r));
        assertThat(rows.get("1").path("outcome").asText()).isEqualTo("BLOCKED");
        assertThat(rows.get("1").path("blocked").asBoolean()).isTrue();
        assertThat(rows.get("1").path("hits").get(0).path("review").path("state").asText())
                .isEqualTo("CONFIRMED_MATCH");
        assertThat(rows.get("4").path("outcome").asText()).as("blocked although its entry is not among the hits")
                .isEqualTo("BLOCKED");
        assertThat(rows.get("4").path("confirmedMatches").get(0).path("entryId").asText()).isEqualTo("ftm:p2");
        JsonNode reviewed = rows.get("2").path("hits").get(0);
        assertThat(reviewed.path("entryId").asText()).isEqualTo("ftm:o2");
        assertThat(reviewed.path("review").path("state").asText()).isEqualTo("REVIEWED");
        assertThat(reviewed.path("review").path("decisionId").asLong()).isEqualTo(clearedBy);
        assertThat(rows.get("2").path("outcome").asText()).isEqualTo("REVIEWED");
        assertThat(rows.get("2").path("alert").asBoolean()).isFalse();
        assertThat(rows.get("2").path("hits").get(0).path("review"))
                .isEqualTo(single.path("hits").get(0).path("review"));
        assertThat(single.path("outcome").asText()).isEqualTo("REVIEWED");
        assertThat(rows.get("3").path("outcome").asText()).as("another key: the decision is not its").isEqualTo("ALERT");
        assertThat(rows.get("3").path("hits").get(0).path("review").path("state").asText()).isEqualTo("NOT_REVIEWED");

        List<Map<String, String>> csv = csv(admin, job);
        Map<String, String> c2 = csv.stream().filter(r -> r.get("row").equals("2")).findFirst().orElseThrow();
        assertThat(c2.get("entry_id")).as("shown, not hidden").isEqualTo("ftm:o2");
        assertThat(c2.get("outcome")).isEqualTo("REVIEWED");
        assertThat(c2.get("review")).isEqualTo("REVIEWED");
        assertThat(c2.get("decision_id")).isEqualTo(Long.toString(clearedBy));
        Map<String, String> c4 = csv.stream().filter(r -> r.get("row").equals("4")).findFirst().orElseThrow();
        assertThat(c4.get("outcome")).isEqualTo("BLOCKED");
        assertThat(c4.get("confirmed_matches")).contains("ftm:p2", "decision " + confirmed.get("id").asLong());
        assertThat(results(admin, job, true)).as("a blocked row without hits needs a look").containsKey("C-1");
    }

    private static String run(Api admin, String csv) throws InterruptedException {
        Api.Reply submitted = admin.postCsv("/api/screenings/batch", csv);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String job = submitted.get("id").asText();
        JsonNode status = submitted.json();
        for (int i = 0; i < 600 && !status.path("status").asText().equals("DONE"); i++) {
            Thread.sleep(50);
            status = admin.get("/api/screenings/batch/" + job).json();
        }
        assertThat(status.path("status").asText()).as(status.toString()).isEqualTo("DONE");
        return job;
    }

    /** Results by party id (rows that could not be screened by {@code row N}); the last row of an id wins. */
    private static Map<String, JsonNode> results(Api admin, String job, boolean hitsOnly) {
        Map<String, JsonNode> out = new HashMap<>();
        admin.get("/api/screenings/batch/" + job + "/results?hitsOnly=" + hitsOnly).get("results").forEach(r ->
                out.put(r.has("id") ? r.path("id").asText() : "row " + r.path("row").asText(), r));
        return out;
    }

    private static List<Map<String, String>> csv(Api admin, String job) throws Exception {
        Api.Reply r = admin.get("/api/screenings/batch/" + job + "/results.csv");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.text()).startsWith("row,line,id,name,error,rank,entry_id,list,matched_name,score,explanation,");
        try (CsvReader reader = new CsvReader(new StringReader(r.text()))) {
            List<String> header = reader.next().fields();
            List<Map<String, String>> out = new ArrayList<>();
            for (CsvRecord rec = reader.next(); rec != null; rec = reader.next()) {
                assertThat(rec.size()).as("every line has every column").isEqualTo(header.size());
                Map<String, String> m = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    m.put(header.get(i), rec.get(i));
                }
                out.add(m);
            }
            return out;
        }
    }

    private static Map<String, String> byId(List<Map<String, String>> csv, String id) {
        return csv.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    }
}
