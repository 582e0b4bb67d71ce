package dev.clearance.matching.normalise;

import dev.clearance.lists.EntityType;

import java.util.List;

/**
 * What to screen: a name and, when known, facts that qualify it.
 *
 * @param id          caller's reference for the query, echoed in batch output; may be {@code null}
 * @param name        the name to screen
 * @param country     ISO 3166-1 alpha-2 code or English country name; {@code null} when unknown
 * @param type        what the party is; {@code null} when unknown
 * @param dob         date of birth or incorporation, {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; nullable
 * @param identifiers strong identifiers (IMO number, registration number ...), optionally prefixed by the
 *                    scheme ({@code IMO 9187629}); an equal listed identifier decides on its own
 */
public record Query(String id, String name, String country, EntityType type, String dob, List<String> identifiers) {
    public Query {
        name = name == null ? "" : name;
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
    }

    /** A query with qualifiers and no id or identifiers. */
    public Query(String name, String country, EntityType type, String dob) {
        this(null, name, country, type, dob, List.of());
    }

    /** A bare name. */
    public static Query of(String name) {
        return new Query(name, null, null, null);
    }
}
