package dev.clearance.cli;

import dev.clearance.determination.EndUserFinding;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.EndUserCheck;
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
        return EndUserCheck.find(screener, name, listsChecked);
    }
}
