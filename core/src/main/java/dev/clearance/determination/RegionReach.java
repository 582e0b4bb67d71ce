package dev.clearance.determination;

import dev.clearance.determination.SanctionsEvaluation.Reach;
import dev.clearance.regime.Region;
import dev.clearance.regime.Regions;
import dev.clearance.regime.read.RegimeData;
import java.util.List;

/**
 * Whether a rule limited to regions of the destination (Crimea, the so-called DNR and LNR ...) reaches the request's
 * region: the region named or one within it, yes; a subdivision that only holds such a region (Donetsk oblast for the
 * DNR), or no region at all, a doubt (CHECK naming the regions that matter); any other region, no.
 */
final class RegionReach {
    private RegionReach() {
    }

    static Reach of(List<String> regions, ExportRequest r, Reasons why) {
        if (regions.isEmpty()) {
            return Reach.YES;
        }
        Regions known = RegimeData.regions();
        String named = describe(known, regions);
        if (r.region() == null) {
            why.add("regionNotGiven", "it reaches only " + named + " of " + r.to() + ", and the request names no region"
                    + " (give the region): if the goods go there, it applies", "regions", named, "country", r.to());
            return Reach.DOUBT;
        }
        String given = known.get(r.region()).map(Region::describe).orElse(r.region());
        for (String region : regions) {
            if (known.within(r.region(), region)) {
                why.add("regionWithin", "the goods go to " + given + ", within " + named, "region", given,
                        "regions", named);
                return Reach.YES;
            }
        }
        for (String region : regions) {
            if (known.within(region, r.region())) {
                String held = describe(known, List.of(region));
                why.add("regionHolds", given + " holds " + held + ", which it reaches: say whether the goods go there",
                        "region", given, "held", held);
                return Reach.DOUBT;
            }
        }
        why.add("regionOutside", "the goods go to " + given + ", not " + named, "region", given, "regions", named);
        return Reach.NO;
    }

    private static String describe(Regions known, List<String> codes) {
        return String.join(", ", codes.stream().map(c -> known.get(c).map(Region::describe).orElse(c)).toList());
    }
}
