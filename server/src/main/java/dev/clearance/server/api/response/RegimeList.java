package dev.clearance.server.api.response;

import dev.clearance.determination.EndUse;
import dev.clearance.regime.Region;
import dev.clearance.regime.Regions;
import java.util.Arrays;
import java.util.List;

/**
 * The regimes the engine knows, the end uses a request may name and the regions of a destination a request may name
 * (the web UI's selection lists read them here, so an end use or region the data comes to know appears without a
 * change to the UI).
 *
 * @param regimes the regimes
 * @param endUses the end-use words a determination request accepts ({@code civil}, {@code wmd}, ...), in order
 * @param regions the regions a request's {@code region} may name ({@code regimes/regions.yaml}), in the file's order
 */
public record RegimeList(List<RegimeSummary> regimes, List<String> endUses, List<RegionView> regions) {
    /** @return the regimes with every end use the engine reads and every region the data knows */
    public static RegimeList of(List<RegimeSummary> regimes, Regions regions) {
        return new RegimeList(regimes, Arrays.stream(EndUse.values()).map(EndUse::word).toList(),
                regions.all().stream().map(RegionView::of).toList());
    }

    /**
     * A region of a destination.
     *
     * @param code    its ISO 3166-2 code, or the data's code for a named part of a subdivision (UA-43, UA-DNR)
     * @param country the country it belongs to
     * @param within  the subdivision a named part lies in, or null
     * @param name    its name in English
     */
    public record RegionView(String code, String country, String within, String name) {
        static RegionView of(Region r) {
            return new RegionView(r.code(), r.country(), r.within(), r.name());
        }
    }
}
