package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Query;
import dev.clearance.lists.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * A business partner as screening sees it: the caller's key, every name it is known under (the first is its
 * name, the rest aliases) and the facts that qualify a match.
 *
 * @param key         the partner's key in the partner master
 * @param names       name first, then aliases; at least one
 * @param country     ISO 3166-1 alpha-2 code or English country name; {@code null} when unknown
 * @param type        what the partner is; {@code null} when unknown
 * @param dob         date of birth or incorporation, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; nullable
 * @param identifiers strong identifiers, optionally prefixed by their scheme ({@code IMO 9187629})
 */
public record Partner(String key, List<String> names, String country, EntityType type, String dob,
                      List<String> identifiers) {
    public Partner {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("a partner needs a name");
        }
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** The partner's name (its first). */
    public String name() {
        return names.get(0);
    }

    /** The query forward screening runs for one of the partner's names. */
    public Query query(String name) {
        return new Query(key, name, country, type, dob, identifiers);
    }

    /**
     * Forward screening of the partner: every one of its names against the screener's lists, the best match per
     * entry (with the partner's name that gave it), best first. The reference {@link PartnerIndex} agrees with.
     */
    public List<PartnerIndex.Hit> screen(Screener screener, double threshold) {
        java.util.Map<String, PartnerIndex.Hit> best = new java.util.LinkedHashMap<>();
        for (String n : names) {
            for (Match m : screener.screen(query(n), threshold, Integer.MAX_VALUE)) {
                best.merge(m.entry().id(), new PartnerIndex.Hit(this, m, n),
                        (a, b) -> b.match().score() > a.match().score() ? b : a);
            }
        }
        List<PartnerIndex.Hit> out = new ArrayList<>(best.values());
        out.sort(java.util.Comparator.comparingDouble((PartnerIndex.Hit h) -> h.match().score()).reversed()
                .thenComparing(h -> h.match().entry().id()));
        return out;
    }
}
