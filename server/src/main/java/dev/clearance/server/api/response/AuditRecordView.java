package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * One audit record, its inputs and outputs as the JSON they were recorded as.
 *
 * @param seq           its place in the chain
 * @param time          when
 * @param principal     who
 * @param action        what
 * @param subject       on what
 * @param inputs        the inputs
 * @param outputs       the outputs
 * @param regimeVersion the regime data version, or null
 * @param listVersions  the list versions, or null
 * @param prevHash      the previous record's hash
 * @param hash          this record's hash
 * @param requestId     the request that wrote it; left out when none
 */
public record AuditRecordView(Long seq, Instant time, String principal, String action, String subject,
                              JsonNode inputs, JsonNode outputs, String regimeVersion, List<String> listVersions,
                              String prevHash, String hash,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String requestId) {
}
