package dev.clearance.regime;

import java.math.BigDecimal;
import java.util.List;

/**
 * A regime's de minimis rule, as its data gives it: a foreign-made item whose controlled content of the
 * regime's origin exceeds the level, in percent of its value, is subject to the regime on re-export; for a
 * destination in one of {@code lowerGroups} the lower level applies.
 *
 * @param law         the regulations the item becomes subject to, as answers name them (the EAR)
 * @param level       the level for every other destination, in percent
 * @param lowerLevel  the level for destinations in {@code lowerGroups}, in percent
 * @param lowerGroups the regime's groups whose destinations have the lower level, in the data's order
 */
public record DeMinimisRule(String law, BigDecimal level, BigDecimal lowerLevel, List<String> lowerGroups, String source) {
    public DeMinimisRule {
        lowerGroups = List.copyOf(lowerGroups);
    }
}
