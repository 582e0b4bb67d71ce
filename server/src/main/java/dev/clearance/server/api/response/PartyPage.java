package dev.clearance.server.api.response;

import dev.clearance.server.parties.PartyJson;
import java.util.List;

/**
 * A page of the partner master.
 *
 * @param total   parties matching the query
 * @param offset  where the page starts
 * @param parties the page's parties with their screening state
 */
public record PartyPage(long total, int offset, List<PartyJson.Party> parties) {
}
