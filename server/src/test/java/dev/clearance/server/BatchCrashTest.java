package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch job survives {@code kill -9} of the server: the server runs as a separate JVM on an H2 file database, is
 * killed while the job is half done, and restarted on the same database. The job then finishes (or is FAILED) with
 * exactly one result per row, and the audit chain still verifies.
 */
class BatchCrashTest {
    private static final int ROWS = 15_000;
    private ServerProcess server;

    @AfterEach
    void stopServer() throws InterruptedException {
        ServerProcess.close(server);
    }

    @Test
    void aJobKilledMidRunResumesWithNoResultLostOrDuplicated() throws Exception {
        server = ServerProcess.inTempDir("clearance-crash");
        Path lists = TestLists.write(server.dir().resolve("lists"), TestLists.BASE);
        server.start(lists, "run1.log");
        Api admin = server.admin();

        StringBuilder csv = new StringBuilder("id,name,country\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append(i).append(',').append(i % 1000 == 0 ? "Volga Precision Instruments" : "Trading House " + i)
                    .append(",RU\n");
        }
        Api.Reply submitted = admin.postCsv("/api/screenings/batch", csv.toString());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(202);
        String id = submitted.get("id").asText();

        JsonNode job = submitted.json();
        Instant deadline = Instant.now().plusSeconds(60);
        while (job.path("committedRows").asInt() == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(5);
            job = admin.get("/api/screenings/batch/" + id).json();
        }
        server.kill();
        int before = job.path("committedRows").asInt();
        assertThat(before).as("killed mid-run").isBetween(1, ROWS - 1);

        server.start(lists, "run2.log");
        deadline = Instant.now().plusSeconds(120);
        do {
            Thread.sleep(100);
            job = admin.get("/api/screenings/batch/" + id).json();
        } while (Set.of("QUEUED", "RUNNING").contains(job.path("status").asText()) && Instant.now().isBefore(deadline));
        assertThat(job.path("status").asText()).isIn("DONE", "FAILED");
        assertThat(job.path("attempts").asInt()).isGreaterThanOrEqualTo(2);

        Set<Integer> rows = new HashSet<>();
        int fetched = 0;
        for (int from = 1; from <= ROWS; from += 5000) {
            JsonNode page = admin.get("/api/screenings/batch/" + id + "/results?from=" + from + "&limit=5000")
                    .get("results");
            for (JsonNode r : page) {
                rows.add(r.path("row").asInt());
                fetched++;
            }
        }
        assertThat(fetched).as("no duplicated result").isEqualTo(rows.size());
        if (job.path("status").asText().equals("DONE")) {
            assertThat(rows).as("no lost result").hasSize(ROWS);
        }
        assertThat(job.path("committedRows").asInt()).isEqualTo(rows.size());
        Api.Reply verify = admin.get("/api/audit/verify");
        assertThat(verify.get("ok").asBoolean()).as(verify.text()).isTrue();
    }
}
