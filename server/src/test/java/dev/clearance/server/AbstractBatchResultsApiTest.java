package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A batch job's results over HTTP, once per database: pages, the hits-only filter and the CSV of every row. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AbstractBatchResultsApiTest {
    private static final int ROWS = 1_200;
    private TestDatabase databases;
    private TestServer server;
    private Api admin;
    private String job;

    /** @return the database vendor under test, not yet started */
    protected abstract TestDatabase vendor();

    @BeforeAll
    void start() throws Exception {
        databases = vendor();
        server = TestServer.overBaseLists(databases.open(), 1 << 20);
        admin = server.admin();

        // Every 100th row is a listed company; row 7 has no name and cannot be screened.
        StringBuilder csv = new StringBuilder("id,name,country\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("P").append(i).append(',')
                    .append(i == 7 ? "" : i % 100 == 0 ? "Eastern Star Trading" : "Person Number " + i).append(",\n");
        }
        Api.Reply submitted = admin.postCsv("/api/screenings/batch", csv.toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        job = submitted.get("id").asText();
        JsonNode status = submitted.json();
        for (int i = 0; i < 600 && !status.path("status").asText().equals("DONE"); i++) {
            Thread.sleep(100);
            status = admin.get("/api/screenings/batch/" + job).json();
        }
        assertThat(status.path("status").asText()).isEqualTo("DONE");
    }

    @AfterAll
    void stop() throws Exception {
        TestServer.close(server);
        databases.close();
    }

    @Test
    void pagesFollowNextUntilEveryRowWasSeenOnce() {
        Set<Integer> rows = new HashSet<>();
        int pages = 0;
        String next = "1";
        while (!next.equals("null")) {
            JsonNode page = admin.get("/api/screenings/batch/" + job + "/results?limit=500&from=" + next).json();
            assertThat(page.path("matching").asLong()).isEqualTo(ROWS);
            page.path("results").forEach(r -> assertThat(rows.add(r.path("row").asInt())).isTrue());
            next = page.path("next").asText();
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(rows).hasSize(ROWS);
    }

    @Test
    void hitsOnlyKeepsRowsWithHitsAndRowsThatFailed() {
        List<Integer> rows = new java.util.ArrayList<>();
        String next = "1";
        while (!next.equals("null")) {
            JsonNode page = admin.get("/api/screenings/batch/" + job + "/results?hitsOnly=true&limit=5&from=" + next)
                    .json();
            assertThat(page.path("matching").asLong()).isEqualTo(13);
            page.path("results").forEach(r -> rows.add(r.path("row").asInt()));
            next = page.path("next").asText();
        }
        assertThat(rows).hasSize(13).contains(7, 100, 1200).isSorted();
        Api.Reply bad = admin.get("/api/screenings/batch/" + job + "/results?hitsOnly=maybe");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.get("error").path("field").asText()).isEqualTo("hitsOnly");
    }

    @Test
    void theCsvDownloadHoldsEveryRow() {
        Api.Reply all = admin.get("/api/screenings/batch/" + job + "/results.csv");
        assertThat(all.status()).isEqualTo(200);
        List<String> lines = all.text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("row,line,id,name,error,rank,entry_id,list,matched_name,score,explanation,"
                + "outcome,review,decision_id,confirmed_matches,missing_lists,list_warnings,list_version");
        Set<String> rows = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).collect(Collectors.toSet());
        assertThat(rows).hasSize(ROWS);
        // each hit names the list version it was found in, as screen --in does
        String label = admin.get("/api/lists").get("lists").get(0).path("label").asText();
        assertThat(label).startsWith("test@");
        assertThat(lines).anyMatch(l -> l.startsWith("100,") && l.contains("ftm:o2") && l.endsWith("," + label));
        assertThat(lines).anyMatch(l -> l.startsWith("7,") && l.contains("name"));

        Api.Reply hits = admin.get("/api/screenings/batch/" + job + "/results.csv?hitsOnly=true");
        Set<String> hitRows = hits.text().lines().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                .collect(Collectors.toSet());
        assertThat(hitRows).hasSize(13);
    }
}
