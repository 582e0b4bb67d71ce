package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.determination.EndUserFinding;
import java.util.List;

/**
 * Screens an export's end user for a determination: a hit at or above the default threshold makes the end user
 * listed; the best hit on each list is kept, best first, with its explanation for the trace, so the engine reads
 * every list's legal effect. The CLI and the server both call it.
 */
public final class EndUserCheck {
    private EndUserCheck() {
    }

    /**
     * @param listsChecked the lists screened against, in words, recorded when nothing matches
     * @return the finding, or null when no end user was given
     */
    public static EndUserFinding find(Screener screener, String name, String listsChecked) {
        return find(screener, "endUser", name, listsChecked);
    }

    /**
     * @param field        what the caller calls the end user (e.g. {@code end_user} in an order book), for errors
     * @param listsChecked the lists screened against, in words, recorded when nothing matches
     * @return the finding, or null when no end user was given
     * @throws dev.clearance.input.BadRequestException naming {@code field} when the name is unusable or
     *                                                         too long to screen (see {@link PartyInput#name})
     */
    public static EndUserFinding find(Screener screener, String field, String name, String listsChecked) {
        if (name == null) {
            return null;
        }
        name = PartyInput.name(field, name);
        // Every list's best hit, not only the best overall: a lower-scored hit on an export-ban list under a
        // higher-scored one on a screening list still decides (the strictest effect of all hits counts).
        List<Match> matches = screener.screen(Query.of(name), Screener.DEFAULT_THRESHOLD, HITS);
        java.util.Map<String, EndUserFinding.Hit> perList = new java.util.LinkedHashMap<>();
        for (Match m : matches) {
            perList.putIfAbsent(m.entry().list(), new EndUserFinding.Hit(m.entry().id(), m.entry().list(),
                    "'" + m.matchedName() + "' " + m.explanation().render(), m.entry().effect()));
        }
        return EndUserFinding.of(name, List.copyOf(perList.values()), listsChecked);
    }

    /** How many matches are read for their lists (one name rarely matches more entries above the threshold). */
    private static final int HITS = 50;
}
