package dev.clearance.regime.read;

import dev.clearance.regime.DeMinimisRule;
import java.math.BigDecimal;
import java.util.Set;

/** Reads a regime's {@code deMinimis} rule: its levels, the groups with the lower one, and its source. */
final class DeMinimisReader {
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private DeMinimisReader() {
    }

    /** The rule of {@code n}, its groups checked against the regime's {@code groupCodes}. */
    static DeMinimisRule read(DataNode n, Set<String> groupCodes) {
        n.allow(Set.of("law", "level", "lowerLevel", "lowerGroups", "source"));
        BigDecimal level = percent(n, "level");
        BigDecimal lower = percent(n, "lowerLevel");
        if (lower.compareTo(level) > 0) {
            throw n.error("lowerLevel", "must not be above level (" + level.toPlainString() + ")");
        }
        return new DeMinimisRule(n.text("law"), level, lower, n.texts("lowerGroups", g -> RegimeLoader.reference(g, groupCodes, "group")),
                n.text("source"));
    }

    private static BigDecimal percent(DataNode n, String field) {
        String t = n.text(field).trim();
        BigDecimal p;
        try {
            p = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw n.error(field, "expected a percentage such as 25: '" + t + "'");
        }
        if (p.signum() <= 0 || p.compareTo(HUNDRED) >= 0) {
            throw n.error(field, "expected a percentage above 0 and below 100: '" + t + "'");
        }
        return p;
    }
}
