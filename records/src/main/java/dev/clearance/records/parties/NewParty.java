package dev.clearance.records.parties;

import java.util.List;
import java.util.Objects;

/**
 * A party of the partner master as given for creation or update.
 *
 * @param key the caller's key for the party (customer or supplier number); unique
 * @param name the party's name
 * @param aliases other names it is known under
 * @param country ISO 3166-1 alpha-2 code or country name, or null
 * @param type person, organization, vessel or aircraft (as the screening words them), or null
 * @param dob date of birth or incorporation ({@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}), or null
 * @param identifiers strong identifiers (registration, tax, IMO numbers), optionally prefixed by their scheme
 * @param owner who in the company answers for the party (account manager, business unit), or null
 */
public record NewParty(String key, String name, List<String> aliases, String country, String type, String dob,
        List<String> identifiers, String owner) {

    /** Validates and copies. */
    public NewParty {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        for (String v : aliases) {
            if (v.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("an alias must not contain a line break");
            }
        }
        for (String v : identifiers) {
            if (v.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("an identifier must not contain a line break");
            }
        }
    }

    /** @return true if the stored party holds exactly this data */
    boolean sameDataAs(PartyRecord p) {
        return name.equals(p.name()) && aliases.equals(p.aliases()) && Objects.equals(country, p.country())
                && Objects.equals(type, p.type()) && Objects.equals(dob, p.dob())
                && identifiers.equals(p.identifiers()) && Objects.equals(owner, p.owner());
    }
}
