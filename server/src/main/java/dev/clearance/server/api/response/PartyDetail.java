package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.clearance.server.parties.PartyJson;
import java.util.List;

/**
 * A party of the partner master with its alerts.
 *
 * @param party  the party with its screening state
 * @param alerts its alerts, newest first
 */
public record PartyDetail(@JsonUnwrapped PartyJson.Party party, List<PartyJson.Alert> alerts) {
}
