package dev.clearance.records.parties;

import dev.clearance.records.Fingerprints;
import dev.clearance.records.Names;

import java.time.Instant;
import java.util.List;

/**
 * A party of the partner master as stored.
 *
 * @param key the party's key
 * @param name its name
 * @param aliases other names
 * @param country country, or null
 * @param type entity type word, or null
 * @param dob date of birth or incorporation, or null
 * @param identifiers strong identifiers
 * @param owner who answers for it, or null
 * @param createdAt when it was first stored
 * @param updatedAt when its data last changed
 * @param screenedAt when it was last screened against the loaded lists; null when its current data never was
 * @param screenedLists labels of the list versions of that screening
 */
public record PartyRecord(String key, String name, List<String> aliases, String country, String type, String dob,
        List<String> identifiers, String owner, Instant createdAt, Instant updatedAt, Instant screenedAt,
        List<String> screenedLists) {

    /** Copies the lists. */
    public PartyRecord {
        aliases = List.copyOf(aliases);
        identifiers = List.copyOf(identifiers);
        screenedLists = screenedLists == null ? List.of() : List.copyOf(screenedLists);
    }

    /** @return the name first, then the aliases */
    public List<String> names() {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(1 + aliases.size());
        all.add(name);
        all.addAll(aliases);
        return all;
    }

    /** @return whether {@code other} is its name or one of its aliases (compared as decisions compare names) */
    public boolean isNamed(String other) {
        String n = Names.normalise(other);
        return !n.isEmpty() && names().stream().anyMatch(x -> Names.normalise(x).equals(n));
    }

    /** @return the fingerprint a hit review of this party is bound to (see {@link Fingerprints#party}) */
    public String fingerprint() {
        return Fingerprints.party(name, country, dob);
    }

    /** @return the data as given for an update */
    public NewParty data() {
        return new NewParty(key, name, aliases, country, type, dob, identifiers, owner);
    }
}
