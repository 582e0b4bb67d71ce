package dev.clearance.regime;

import java.util.List;

/**
 * A group of destinations a regime treats alike (Japan's Group A, Korea's Ga-2 ...).
 * A residual group holds every country not in the groups it names (Japan's C, Korea's Na).
 *
 * @param period     when the group exists at all
 * @param complete   false when the sources name only some members; traces warn about it
 * @param residualOf for residual groups, the groups whose complement this is; empty otherwise
 * @param note       caveat shown in traces, may be empty
 */
public record CountryGroup(String code, String name, Period period, boolean complete, List<String> residualOf,
                           List<Membership> members, String source, String note) {
    public CountryGroup {
        residualOf = List.copyOf(residualOf);
        members = List.copyOf(members);
        note = note == null ? "" : note;
    }

    /** Members on {@code day}, unconfirmed ones marked with a trailing {@code ?}. */
    public List<String> membersOn(java.time.LocalDate day) {
        List<String> out = new java.util.ArrayList<>();
        for (Membership m : members) {
            if (m.period().contains(day)) {
                out.add(m.confirmed() ? m.country() : m.country() + "?");
            }
        }
        return out;
    }

    /** Who is in the group on {@code day}, in words: the residual rule, or the count and the members. */
    public String describeMembers(java.time.LocalDate day) {
        if (isResidual()) {
            return "every country not in " + String.join(", ", residualOf);
        }
        List<String> m = membersOn(day);
        return m.size() + " member(s): " + String.join(", ", m);
    }

    public boolean isResidual() {
        return !residualOf.isEmpty();
    }

    /**
     * True when {@code country} counts as a member on {@code day}: a confirmed membership, including one whose days
     * are in doubt (it counts, conservatively); an unconfirmed one never does. Residual groups are not answered here.
     */
    public boolean counts(String country, java.time.LocalDate day) {
        return members.stream().anyMatch(m -> m.confirmed() && m.country().equals(country) && m.period().contains(day));
    }
}
