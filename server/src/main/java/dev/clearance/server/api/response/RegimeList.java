package dev.clearance.server.api.response;

import java.util.List;

/**
 * The regimes the engine knows.
 *
 * @param regimes the regimes
 */
public record RegimeList(List<RegimeSummary> regimes) {
}
