package dev.clearance.records.batch;

import java.time.Instant;

/**
 * A durable batch job (its input is fetched separately with {@link BatchJobs#input}).
 *
 * @param id job id (UUID)
 * @param kind job kind, e.g. {@code SCREENING}
 * @param status current status
 * @param totalRows input rows to process
 * @param committedRows result rows committed so far
 * @param createdBy who submitted it
 * @param createdAt when
 * @param startedAt when it first ran, or null
 * @param finishedAt when it ended (DONE or FAILED), or null
 * @param attempts how many times it was started or resumed
 * @param error failure message, or null
 */
public record BatchJob(String id, String kind, Status status, int totalRows, int committedRows, String createdBy,
        Instant createdAt, Instant startedAt, Instant finishedAt, int attempts, String error) {

    /** Job statuses. */
    public enum Status {
        /** Submitted, not started. */
        QUEUED,
        /** Being processed (or the process died while processing it). */
        RUNNING,
        /** All rows have results. */
        DONE,
        /** Given up. */
        FAILED
    }

    /** @return committed rows / total rows, 1.0 for an empty job */
    public double progress() {
        return totalRows == 0 ? 1.0 : (double) committedRows / totalRows;
    }

    /** @return the first row number without a committed result, to resume from (rows are numbered from 1) */
    public int nextRow() {
        return committedRows + 1;
    }
}
