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
 * @param entryFlag      the licence exception flag a listed entry must carry for it (LVS, GBS ...); null for none
 * @param valueLimit     true when the shipment's value (in US dollars) must be within the entry's value limit
 * @param overcomes      the reasons for control it can overcome; empty for any
 * @param restricted     true when the regime's {@link ExceptionRestriction}s bar it (the EAR's §740.2)
 * @param entries        control-list codes or prefixes (1C, 5A002) of the items it can cover; empty for any
 */
public record LicenceType(String code, String name, int rank, Scope scope, List<String> groups,
                          List<String> excludedGroups, Period period, Integer validityYears, String conditions,
                          boolean check, String source, String entryFlag, boolean valueLimit, List<String> overcomes,
                          boolean restricted, List<String> entries) {
    public LicenceType {
        entries = List.copyOf(entries);
        groups = List.copyOf(groups);
        excludedGroups = List.copyOf(excludedGroups);
        overcomes = List.copyOf(overcomes);
    }

    /** A licence type with no entry flag, value limit, reason limit or restriction. */
    public LicenceType(String code, String name, int rank, Scope scope, List<String> groups, List<String> excludedGroups,
                       Period period, Integer validityYears, String conditions, boolean check, String source) {
        this(code, name, rank, scope, groups, excludedGroups, period, validityYears, conditions, check, source, null,
                false, List.of(), false, List.of());
    }

    /** True when it can cover the item of this control-list code (any item when it names no entries). */
    public boolean covers(String code) {
        return entries.isEmpty() || entries.stream().anyMatch(p -> Codes.covers(p, code));
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
