package dev.clearance.server.api.response;

import dev.clearance.determination.EndUse;
import java.util.Arrays;
import java.util.List;

/**
 * The regimes the engine knows, and the end uses a request may name (the web UI's selection lists read them here, so
 * an end use the regimes come to know appears without a change to the UI).
 *
 * @param regimes the regimes
 * @param endUses the end-use words a determination request accepts ({@code civil}, {@code wmd}, ...), in order
 */
public record RegimeList(List<RegimeSummary> regimes, List<String> endUses) {
    /** @return the regimes with every end use the engine reads */
    public static RegimeList of(List<RegimeSummary> regimes) {
        return new RegimeList(regimes, Arrays.stream(EndUse.values()).map(EndUse::word).toList());
    }
}
