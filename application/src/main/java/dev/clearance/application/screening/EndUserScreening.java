package dev.clearance.application.screening;

import dev.clearance.application.lists.ListsRequired;
import dev.clearance.application.lists.LoadedLists;
import dev.clearance.determination.EndUserFinding;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.EndUserCheck;
import dev.clearance.records.decisions.HitDecision;
import dev.clearance.records.decisions.HitDecisions;
import dev.clearance.regime.ListEffect;
import java.util.List;

/**
 * The end user of an export screened against the loaded lists, for the determination engine, which does not screen.
 * An officer's confirmed match for the end user (by its key, or by its name) makes it listed whatever today's
 * screening scores. A single determination, an order book's lines and an application's determination take their
 * finding from here.
 */
public final class EndUserScreening {
    private EndUserScreening() {
    }

    /**
     * @param field the field naming the end user, in the words of the way in ({@code endUser}, {@code end_user})
     * @param key   the end user's partner-master key, or null
     * @return the finding the engine reads: listed or not, on which entry and list, why, and what was not screened
     * @throws dev.clearance.application.lists.NoListsException when no list is loaded
     */
    public static EndUserFinding find(LoadedLists lists, HitDecisions decisions, String field, String name,
            String key) {
        ListsRequired.require(lists);
        EndUserFinding screened = EndUserCheck.find(lists.screener(), field, name, String.join(", ", lists.labels())
                + (lists.missing().isEmpty() ? "" : "; NOT screened against (not loaded): "
                        + String.join(", ", lists.missing()))).withUnscreened(lists.missing());
        List<HitDecision> blocks = decisions.confirmedMatches(key, name);
        if (blocks.isEmpty()) {
            return screened;
        }
        HitDecision d = blocks.get(0);
        String list = lists.entry(d.entryId()).map(ListEntry::list).orElse("(entry not in the loaded lists)");
        ListEffect effect = lists.entry(d.entryId()).map(ListEntry::effect).orElse(null);
        String also = screened.listed() && !screened.entryId().equals(d.entryId())
                ? "; screening also matched " + screened.entryId() + " " + screened.explanation() : "";
        // The screened hits on other lists are kept: each list's effect is read, and the strictest counts.
        List<EndUserFinding.Hit> others = screened.hits().stream().filter(h -> !h.entryId().equals(d.entryId()))
                .toList();
        return new EndUserFinding(name, true, d.entryId(), list, "confirmed match (decision " + d.id() + " by "
                + d.officer() + ", " + d.decidedAt() + "): " + d.reason() + also, lists.missing(), effect, others);
    }
}
