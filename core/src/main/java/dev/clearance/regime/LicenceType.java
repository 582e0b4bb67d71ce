package dev.clearance.regime;

import java.util.List;

/**
 * A kind of licence a regime offers and where it is available.
 *
 * @param rank           burden order: lower is less burdensome for the exporter
 * @param scope          which exports it can authorise: list-controlled items, catch-all cases, or any
 * @param groups         destination groups it is available to; empty means any destination
 * @param excludedGroups destination groups it is never offered to, whatever {@code groups} says
 * @param check          true when its destination scope rests on secondary sources or is not given
 *                       (CHECK): it is offered with its conditions marked, not as plainly available
 */
public record LicenceType(String code, String name, int rank, Scope scope, List<String> groups,
                          List<String> excludedGroups, Period period, Integer validityYears, String conditions,
                          boolean check, String source) {
    public LicenceType {
        groups = List.copyOf(groups);
        excludedGroups = List.copyOf(excludedGroups);
    }

    /** What a licence type can authorise. */
    public enum Scope { LISTED, CATCH_ALL, ANY;

        public boolean allowsListed() {
            return this != CATCH_ALL;
        }

        public boolean allowsCatchAll() {
            return this != LISTED;
        }
    }
}
