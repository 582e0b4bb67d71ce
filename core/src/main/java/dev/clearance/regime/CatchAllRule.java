package dev.clearance.regime;

import java.util.List;

/**
 * A catch-all control for goods on no control list.
 *
 * @param hsChapters         HS chapters the rule covers; empty means every good
 * @param exemptGroups       destination groups the rule does not reach
 * @param objectiveEndUses   end uses that meet the objective requirement
 * @param objectiveGroups    destination groups where the objective requirement applies; empty means every non-exempt one
 * @param endUserListTriggers whether a listed end user meets the objective requirement
 * @param inform             whether notice from the authority triggers the rule
 * @param confirmed          false for rules the sources do not confirm: noted, never applied
 */
public record CatchAllRule(String code, Kind kind, Period period, List<ChapterRange> hsChapters, List<String> exemptGroups,
                           List<String> objectiveEndUses, List<String> objectiveGroups, boolean endUserListTriggers,
                           boolean inform, boolean confirmed, String source, String note) {
    public CatchAllRule {
        hsChapters = List.copyOf(hsChapters);
        exemptGroups = List.copyOf(exemptGroups);
        objectiveEndUses = List.copyOf(objectiveEndUses);
        objectiveGroups = List.copyOf(objectiveGroups);
        note = note == null ? "" : note;
    }

    /** True when the HS chapter is in scope (or the rule covers every good). */
    public boolean coversChapter(int chapter) {
        if (hsChapters.isEmpty()) {
            return true;
        }
        for (ChapterRange range : hsChapters) {
            if (chapter >= range.first() && chapter <= range.last()) {
                return true;
            }
        }
        return false;
    }

    /** A run of HS chapters, both ends included. */
    public record ChapterRange(int first, int last) {
        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }
    }

    /** What a catch-all rule guards against. */
    public enum Kind { WMD, CONVENTIONAL }
}
