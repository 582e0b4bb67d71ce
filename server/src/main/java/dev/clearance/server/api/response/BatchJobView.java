package dev.clearance.server.api.response;

import dev.clearance.records.batch.BatchJob;
import java.time.Instant;

/**
 * A batch screening job and how far it has come.
 *
 * @param id            the job
 * @param status        QUEUED, RUNNING, DONE or FAILED
 * @param totalRows     rows uploaded
 * @param committedRows rows screened and stored
 * @param progress      their share, to three places
 * @param attempts      runs started (a job resumes after a crash)
 * @param createdBy     who submitted it
 * @param createdAt     when
 * @param startedAt     when it started, or null
 * @param finishedAt    when it finished, or null
 * @param error         why it failed, or null
 */
public record BatchJobView(String id, String status, int totalRows, int committedRows, double progress, int attempts,
                           String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt, String error) {
    /** @return the job as the API shows it */
    public static BatchJobView of(BatchJob j) {
        return new BatchJobView(j.id(), j.status().name(), j.totalRows(), j.committedRows(),
                Math.round(j.progress() * 1000) / 1000.0, j.attempts(), j.createdBy(), j.createdAt(), j.startedAt(),
                j.finishedAt(), j.error());
    }
}
