package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import java.util.Map;

/**
 * A partner-master CSV import: what became of its rows, then the catch-up screening it caused.
 *
 * @param report    the import's counts and problems, as the import reports them (written first, flat)
 * @param screening what the catch-up screening changed, as the re-screening reports it
 */
public record PartyImportAnswer(@JsonAnyGetter Map<String, Object> report, Map<String, Object> screening) {
}
