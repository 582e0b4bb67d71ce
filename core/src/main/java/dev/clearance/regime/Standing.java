package dev.clearance.regime;

import java.util.List;

/**
 * Where a destination stands in a regime on a day: the groups it is in, why, and what the data
 * cannot say for sure.
 *
 * @param groups   codes of the groups it is in, in the regime's order
 * @param reasons  one line per group, with the source of the membership
 * @param caveats  incomplete groups it might also be in, and unconfirmed memberships
 */
public record Standing(String country, List<String> groups, List<String> reasons, List<String> caveats) {
    public Standing {
        groups = List.copyOf(groups);
        reasons = List.copyOf(reasons);
        caveats = List.copyOf(caveats);
    }

    public boolean in(String group) {
        return groups.contains(group);
    }

    public boolean inAny(List<String> candidates) {
        for (String g : candidates) {
            if (groups.contains(g)) {
                return true;
            }
        }
        return false;
    }
}
