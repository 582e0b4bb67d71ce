package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.Map;

/**
 * A party created or updated, and its screening against the lists in use.
 *
 * @param party     the party as stored, with its alerts
 * @param change    CREATED, UPDATED or UNCHANGED
 * @param screening what its screening changed, as the re-screening reports it; null when it was screened against
 *                  the lists in use already and did not change
 */
public record PartySaved(@JsonUnwrapped PartyDetail party, String change, dev.clearance.application.parties.Rescreening.Summary screening) {
}
