package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A page of a batch job's results, keyset paged by row number.
 *
 * @param job      the job
 * @param from     the first row asked for
 * @param hitsOnly whether only rows with hits are shown
 * @param matching rows matching the filter so far
 * @param next     the row the next page starts at, or null on the last page so far
 * @param results  each row's result, as stored
 */
public record BatchResults(@JsonUnwrapped BatchJobView job, int from, boolean hitsOnly, long matching, Integer next,
                           List<JsonNode> results) {
}
