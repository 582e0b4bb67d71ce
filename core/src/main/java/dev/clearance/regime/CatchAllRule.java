package dev.clearance.regime;

import java.util.List;

/**
 * A catch-all control for goods on no control list.
 *
 * @param hsChapters         HS chapters the rule covers; empty means every good
 * @param exemptGroups       destination groups the rule's base grounds do not reach
 * @param objectiveEndUses   end uses that meet the objective requirement
 * @param objectiveGroups    destination groups where the objective requirement applies; empty means every non-exempt one
 * @param endUserListTriggers whether a listed end user meets the objective requirement
 * @param inform             whether notice from the authority triggers the rule
 * @param confirmed          false for rules the sources do not confirm: noted, never applied
 * @param uncertain          days on which it is not known whether the rule is in force yet (applied then,
 *                           conservatively, and marked); null when its start is known
 * @param grounds            every way the rule is met, in the order they are tried: the base grounds
 *                           above first, then the data's further grounds (with their own periods, reach and status)
 */
public record CatchAllRule(String code, Kind kind, Period period, List<ChapterRange> hsChapters, List<String> exemptGroups,
                           List<String> objectiveEndUses, List<String> objectiveGroups, boolean endUserListTriggers,
                           boolean inform, boolean confirmed, String source, String note, Uncertainty uncertain,
                           List<Ground> grounds) {
    public CatchAllRule {
        hsChapters = List.copyOf(hsChapters);
        exemptGroups = List.copyOf(exemptGroups);
        objectiveEndUses = List.copyOf(objectiveEndUses);
        objectiveGroups = List.copyOf(objectiveGroups);
        grounds = List.copyOf(grounds);
        note = note == null ? "" : note;
    }

    /** The base grounds the fields describe, for the loader to put first. */
    public static List<Ground> baseGrounds(List<String> exemptGroups, List<String> objectiveEndUses,
                                           List<String> objectiveGroups, boolean endUserListTriggers, boolean inform,
                                           String source) {
        List<Ground> out = new java.util.ArrayList<>();
        if (!objectiveEndUses.isEmpty()) {
            out.add(new Ground(Ground.Trigger.END_USE, objectiveEndUses, objectiveGroups, exemptGroups, List.of(),
                    true, Period.ALWAYS, false, "", source));
        }
        if (endUserListTriggers) {
            out.add(new Ground(Ground.Trigger.END_USER_LIST, List.of(), List.of(), exemptGroups, List.of(), true,
                    Period.ALWAYS, false, "", source));
        }
        if (inform) {
            out.add(new Ground(Ground.Trigger.INFORM, List.of(), List.of(), exemptGroups, List.of(), true,
                    Period.ALWAYS, false, "", source));
        }
        return out;
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

    /** A run of HS chapters (or, for a ground's headings, four-digit HS headings), both ends included. */
    public record ChapterRange(int first, int last) {
        /** True when {@code n} lies in the run. */
        public boolean contains(int n) {
            return n >= first && n <= last;
        }

        @Override
        public String toString() {
            return first == last ? Integer.toString(first) : first + "-" + last;
        }
    }

    /** What a catch-all rule guards against. */
    public enum Kind { WMD, CONVENTIONAL, MILITARY, HUMAN_RIGHTS }

    /**
     * One way a catch-all rule is met.
     *
     * @param trigger          what meets it: a known end use, a listed end user, or notice from the authority
     * @param endUses          for END_USE, the end uses that meet it
     * @param groups           destination groups it is limited to; empty means every destination it reaches
     * @param exemptGroups     destination groups it does not reach; empty means it reaches every destination
     * @param hsHeadings       four-digit HS headings it is limited to; empty means every good of the rule
     * @param headingsComplete false when the sources name only some of those headings
     * @param period           when this ground is in force (within the rule's own period)
     * @param check            true when the ground rests on secondary sources only (CHECK)
     * @param text             what the ground says, for the trace; empty for base grounds
     * @param source           where it is written down
     * @param notifies         true when the exporter must notify the authority, which decides whether a licence is
     *                         needed (EU Art. 4(4), Art. 5): licence required, conservatively, with notice
     */
    public record Ground(Trigger trigger, List<String> endUses, List<String> groups, List<String> exemptGroups,
                         List<ChapterRange> hsHeadings, boolean headingsComplete, Period period, boolean check,
                         String text, String source, boolean notifies) {
        /** A ground that needs no notice. */
        public Ground(Trigger trigger, List<String> endUses, List<String> groups, List<String> exemptGroups,
                      List<ChapterRange> hsHeadings, boolean headingsComplete, Period period, boolean check,
                      String text, String source) {
            this(trigger, endUses, groups, exemptGroups, hsHeadings, headingsComplete, period, check, text, source, false);
        }

        public Ground {
            endUses = List.copyOf(endUses);
            groups = List.copyOf(groups);
            exemptGroups = List.copyOf(exemptGroups);
            hsHeadings = List.copyOf(hsHeadings);
            text = text == null ? "" : text;
        }

        /** What meets a ground. */
        public enum Trigger { END_USE, END_USER_LIST, INFORM }
    }
}
