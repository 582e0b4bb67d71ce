package dev.clearance.matching;

import dev.clearance.determination.EndUserFinding;
import java.util.List;

/**
 * Screens an export's end user for a determination: the best hit at or above the default threshold
 * makes the end user listed, with its explanation for the trace. The CLI and the server both call it.
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
        List<Match> hits = screener.screen(Query.of(name), Screener.DEFAULT_THRESHOLD, 1);
        if (hits.isEmpty()) {
            return EndUserFinding.notListed(name, listsChecked);
        }
        Match m = hits.get(0);
        return new EndUserFinding(name, m.entry().id(), m.entry().list(),
                "'" + m.matchedName() + "' " + m.explanation().render(), m.entry().effect());
    }
}
