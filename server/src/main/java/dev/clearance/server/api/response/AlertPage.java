package dev.clearance.server.api.response;

import dev.clearance.server.parties.PartyJson;
import java.util.List;

/**
 * A page of partner-master alerts.
 *
 * @param total  alerts matching the filter
 * @param offset where the page starts
 * @param alerts the page's alerts
 */
public record AlertPage(long total, int offset, List<PartyJson.Alert> alerts) {
}
