package dev.clearance.regime;

import java.util.List;

/**
 * A kind of licence a regime offers and where it is available.
 *
 * @param rank   burden order: lower is less burdensome for the exporter
 * @param scope  which exports it can authorise: list-controlled items, catch-all cases, or any
 * @param groups destination groups it is available to; empty means any destination
 */
public record LicenceType(String code, String name, int rank, Scope scope, List<String> groups, Period period,
                          Integer validityYears, String conditions, String source) {
    public LicenceType {
        groups = List.copyOf(groups);
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
