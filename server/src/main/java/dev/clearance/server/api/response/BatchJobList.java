package dev.clearance.server.api.response;

import java.util.List;

/**
 * Batch screening jobs, newest first.
 *
 * @param jobs the jobs
 */
public record BatchJobList(List<BatchJobView> jobs) {
}
