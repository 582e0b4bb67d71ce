package dev.clearance.lists;

import dev.clearance.regime.ListEffect;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a restricted-party list, as published: a person, organisation, vessel or aircraft
 * with every name it is listed under.
 *
 * @param source      short name of the publisher's list family, used in ids: {@code ofac}, {@code un}, {@code eu}, ...
 * @param nativeId    the publisher's own id for the entry ({@code 306}, {@code CDi.001})
 * @param list        the list (or programme set) the entry was loaded from, e.g. {@code OFAC SDN}
 * @param type        what is listed
 * @param names       primary name first, then aliases, including names in their original script
 * @param countries   ISO 3166-1 alpha-2 codes tied to the entry (nationality, address, registration)
 * @param birthDates  dates of birth or incorporation as published: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param identifiers strong identifiers (IMO number, registration number, passport ...)
 * @param programmes  sanctions programmes or legal bases
 * @param remarks     free text kept for the officer; may be empty
 * @param effect      what a hit means in law (see {@link ListEffects}): the list's configured effect, else its
 *                    format's default for the list it was loaded from
 *
 * <p>Serializable (records deserialise through their checking constructor) so that a distributed job can
 * ship the loaded entries to its workers rather than the source files.
 */
public record ListEntry(
        String source,
        String nativeId,
        String list,
        EntityType type,
        List<Name> names,
        List<String> countries,
        List<String> birthDates,
        List<Identifier> identifiers,
        List<String> programmes,
        String remarks,
        ListEffect effect) implements Serializable {

    public ListEntry {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(nativeId, "nativeId");
        Objects.requireNonNull(type, "type");
        list = list == null ? source : list;
        names = List.copyOf(names);
        countries = List.copyOf(countries);
        birthDates = List.copyOf(birthDates);
        identifiers = List.copyOf(identifiers);
        programmes = List.copyOf(programmes);
        remarks = remarks == null ? "" : remarks;
        effect = effect == null ? ListEffects.defaultFor(source, list) : effect;
        if (names.isEmpty()) {
            throw new IllegalArgumentException("entry " + source + ":" + nativeId + " has no name");
        }
    }

    /** An entry with its format's default effect for its list. */
    public ListEntry(String source, String nativeId, String list, EntityType type, List<Name> names,
                     List<String> countries, List<String> birthDates, List<Identifier> identifiers,
                     List<String> programmes, String remarks) {
        this(source, nativeId, list, type, names, countries, birthDates, identifiers, programmes, remarks, null);
    }

    /** The same entry with the legal effect its list's configuration gives. */
    public ListEntry withEffect(ListEffect e) {
        return e == null || e.equals(effect) ? this : new ListEntry(source, nativeId, list, type, names, countries,
                birthDates, identifiers, programmes, remarks, e);
    }

    /** The stable id used in outputs and records: {@code <source>:<native id>}, e.g. {@code ofac:306}. */
    public String id() {
        return source + ":" + nativeId;
    }

    /** The name the entry is listed under first. */
    public String primaryName() {
        return names.get(0).value();
    }

    /** A listed name and what kind of name it is. */
    public record Name(String value, Kind kind) implements Serializable {
        public Name {
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(kind, "kind");
        }

        /** How the publisher labels the name. */
        public enum Kind { PRIMARY, ALIAS, WEAK_ALIAS, ORIGINAL_SCRIPT }
    }

    /** A strong identifier: a scheme ({@code IMO}, {@code REGISTRATION}, {@code PASSPORT} ...) and its value. */
    public record Identifier(String scheme, String value) implements Serializable {
        public Identifier {
            Objects.requireNonNull(scheme, "scheme");
            Objects.requireNonNull(value, "value");
        }
    }
}
