package dev.clearance.records;

import dev.clearance.records.batch.BatchJob;
import dev.clearance.records.batch.BatchJobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

abstract class AbstractBatchJobsTest extends DatabaseTest {

    static final String CSV = "name,country\nAcme,DE\nBeta,FR\nGamma,IT\nDelta,ES\n";

    @Test
    void jobLifecycleWithProgress() {
        BatchJobs jobs = new BatchJobs(db);
        BatchJob job = jobs.create("SCREENING", 4, CSV, "alice");
        assertThat(job.status()).isEqualTo(BatchJob.Status.QUEUED);
        assertThat(job.committedRows()).isZero();
        assertThat(jobs.input(job.id())).contains(CSV);
        assertThat(jobs.extraColumns(job.id())).isEmpty();
        BatchJob declared = jobs.create("SCREENING", 4, CSV, "alice", java.util.List.of("Region", "account manager"));
        assertThat(jobs.extraColumns(declared.id())).containsExactly("Region", "account manager");
        assertThat(jobs.start(job.id())).isTrue();
        assertThat(jobs.start(job.id())).isFalse();
        assertThat(jobs.commitResults(job.id(), Map.of(1, "{\"r\":1}", 2, "{\"r\":2}"))).isEqualTo(2);
        BatchJob mid = jobs.get(job.id()).orElseThrow();
        assertThat(mid.status()).isEqualTo(BatchJob.Status.RUNNING);
        assertThat(mid.progress()).isEqualTo(0.5);
        assertThat(mid.nextRow()).isEqualTo(3);
        assertThat(mid.attempts()).isEqualTo(1);
        assertThatThrownBy(() -> jobs.complete(job.id())).isInstanceOf(IllegalStateException.class);
        assertThat(jobs.commitResult(job.id(), 3, "{\"r\":3}")).isTrue();
        assertThat(jobs.commitResult(job.id(), 4, "{\"r\":4}")).isTrue();
        assertThat(jobs.complete(job.id())).isTrue();
        BatchJob done = jobs.get(job.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(BatchJob.Status.DONE);
        assertThat(done.progress()).isEqualTo(1.0);
        assertThat(done.finishedAt()).isNotNull();
        assertThat(jobs.results(job.id(), 2, 2)).containsExactly(new BatchJobs.RowResult(2, "{\"r\":2}"),
                new BatchJobs.RowResult(3, "{\"r\":3}"));
        assertThatThrownBy(() -> jobs.commitResult(job.id(), 1, "{}")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void resumedJobCannotDuplicateRows() {
        BatchJobs jobs = new BatchJobs(db);
        BatchJob job = jobs.create("SCREENING", 4, CSV, "alice");
        jobs.start(job.id());
        jobs.commitResults(job.id(), Map.of(1, "{\"first\":1}", 2, "{\"first\":2}"));
        // "kill -9": a new process (new BatchJobs) claims jobs left RUNNING
        BatchJobs restarted = new BatchJobs(db);
        BatchJob resumed = restarted.claimResumable().stream().filter(j -> j.id().equals(job.id())).findFirst()
                .orElseThrow();
        assertThat(resumed.status()).isEqualTo(BatchJob.Status.RUNNING);
        assertThat(resumed.nextRow()).isEqualTo(3);
        assertThat(resumed.attempts()).isEqualTo(2);
        // replaying an already-committed chunk stores nothing and keeps the first results
        Map<Integer, String> replay = new LinkedHashMap<>();
        replay.put(2, "{\"second\":2}");
        replay.put(3, "{\"second\":3}");
        replay.put(4, "{\"second\":4}");
        assertThat(restarted.commitResults(job.id(), replay)).isEqualTo(2);
        assertThat(restarted.commitResult(job.id(), 1, "{\"again\":1}")).isFalse();
        assertThat(queryLong("SELECT COUNT(*) FROM batch_result")).isEqualTo(4);
        assertThat(restarted.results(job.id(), 1, 10)).extracting(BatchJobs.RowResult::resultJson)
                .containsExactly("{\"first\":1}", "{\"first\":2}", "{\"second\":3}", "{\"second\":4}");
        assertThat(restarted.complete(job.id())).isTrue();
        assertThat(restarted.claimResumable()).isEmpty();
    }

    @Test
    void databaseRejectsDuplicateRowEvenOutsideTheApi() {
        BatchJobs jobs = new BatchJobs(db);
        BatchJob job = jobs.create("SCREENING", 4, CSV, "alice");
        jobs.start(job.id());
        jobs.commitResult(job.id(), 1, "{}");
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "INSERT INTO batch_result (job_id, row_no, result) VALUES (?, 1, '{}')", job.id())))
                .satisfies(e -> assertThat(Sql.isUniqueViolation(e)).isTrue());
    }

    @Test
    void claimReturnsQueuedAndRunningButNotEnded() {
        BatchJobs jobs = new BatchJobs(db);
        BatchJob queued = jobs.create("SCREENING", 1, "x", "a");
        BatchJob running = jobs.create("SCREENING", 1, "x", "a");
        jobs.start(running.id());
        BatchJob failed = jobs.create("SCREENING", 1, "x", "a");
        jobs.start(failed.id());
        assertThat(jobs.fail(failed.id(), "input unreadable")).isTrue();
        assertThat(jobs.fail(failed.id(), "again")).isFalse();
        assertThat(jobs.claimResumable()).extracting(BatchJob::id)
                .containsExactlyInAnyOrder(queued.id(), running.id());
        assertThat(jobs.get(failed.id()).orElseThrow().error()).isEqualTo("input unreadable");
    }

    @Test
    void rejectsRowsOutsideTheJob() {
        BatchJobs jobs = new BatchJobs(db);
        BatchJob job = jobs.create("SCREENING", 2, "x", "a");
        jobs.start(job.id());
        assertThatThrownBy(() -> jobs.commitResult(job.id(), 3, "{}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> jobs.commitResult(job.id(), 0, "{}")).isInstanceOf(IllegalArgumentException.class);
    }
}
