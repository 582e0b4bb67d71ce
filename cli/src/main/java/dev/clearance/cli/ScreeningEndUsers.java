package dev.clearance.cli;

import dev.clearance.determination.EndUserFinding;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.Match;
import dev.clearance.matching.Query;
import dev.clearance.matching.Screener;
import java.util.List;

/** Screens end users against the end-user lists given with {@code --list}; the best hit decides. */
final class ScreeningEndUsers implements EndUsers {
    private final Screener screener;
    private final String listsChecked;

    ScreeningEndUsers(List<ListEntry> entries, String listsChecked) {
        this.screener = Screener.of(entries);
        this.listsChecked = listsChecked;
    }

    @Override
    public EndUserFinding find(String name) {
        if (name == null) {
            return null;
        }
        List<Match> hits = screener.screen(Query.of(name), Screener.DEFAULT_THRESHOLD, 1);
        if (hits.isEmpty()) {
            return EndUserFinding.notListed(name, listsChecked);
        }
        Match m = hits.get(0);
        return new EndUserFinding(name, true, m.entry().id(), m.entry().list(),
                String.format(java.util.Locale.ROOT, "score %.3f for '%s': %s", m.score(), m.matchedName(),
                        m.explanation().render()));
    }
}
