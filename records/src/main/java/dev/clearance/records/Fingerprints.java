package dev.clearance.records;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Fingerprints that bind a hit review to the exact party and list-entry data the officer saw: SHA-256 (hex) of the
 * normalised fields, so cosmetic differences (case, spacing, punctuation, order of an entry's names) do not change
 * it but any real change does.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /**
     * @param name party name
     * @param country party country (ISO alpha-2 or free text), or null
     * @param dateOfBirth party date of birth (as given), or null
     * @return the party fingerprint
     */
    public static String party(String name, String country, String dateOfBirth) {
        return party(name, country, dateOfBirth, null, List.of());
    }

    /**
     * The fingerprint of a whole party record. Without type and identifiers it equals
     * {@link #party(String, String, String)}, so decisions taken on such records before stay bound to them.
     *
     * @param name party name
     * @param country party country, or null
     * @param dateOfBirth party date of birth (as given), or null
     * @param type entity type word, or null
     * @param identifiers strong identifiers (order does not matter)
     * @return the party fingerprint
     */
    public static String party(String name, String country, String dateOfBirth, String type,
            Collection<String> identifiers) {
        boolean more = (type != null && !type.isBlank()) || (identifiers != null && !identifiers.isEmpty());
        Canonical c = new Canonical(more ? "clearance-party-v2" : "clearance-party-v1")
                .add(Names.normalise(name))
                .add(Names.normalise(country))
                .add(Names.normalise(dateOfBirth));
        if (more) {
            c.add(Names.normalise(type));
            addSorted(c, identifiers);
        }
        return c.sha256Hex();
    }

    /**
     * @param names the entry's names and aliases
     * @param countries the entry's countries
     * @param datesOfBirth the entry's dates of birth
     * @return the list-entry fingerprint (independent of the order of each collection)
     */
    public static String entry(Collection<String> names, Collection<String> countries,
            Collection<String> datesOfBirth) {
        Canonical c = new Canonical("clearance-entry-v1");
        addSorted(c, names);
        addSorted(c, countries);
        addSorted(c, datesOfBirth);
        return c.sha256Hex();
    }

    private static void addSorted(Canonical c, Collection<String> values) {
        List<String> norm = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                String n = Names.normalise(v);
                if (!n.isEmpty() && !norm.contains(n)) {
                    norm.add(n);
                }
            }
        }
        norm.sort(null);
        c.add(Integer.toString(norm.size()));
        norm.forEach(c::add);
    }
}
