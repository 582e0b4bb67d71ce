package dev.clearance.server.api.response;

import dev.clearance.regime.Regime;

/**
 * A regime the engine knows.
 *
 * @param jurisdiction its jurisdiction
 * @param name         its name
 * @param authority    its licensing authority
 * @param coverage     the days its data covers
 * @param version      the checksum of its data
 * @param source       where its data comes from
 */
public record RegimeSummary(String jurisdiction, String name, String authority, String coverage, String version,
                            String source) {
    /** @return the regime as the API lists it */
    public static RegimeSummary of(Regime r) {
        return new RegimeSummary(r.jurisdiction(), r.name(), r.authority(), r.coverage().toString(), r.version(),
                r.source());
    }
}
