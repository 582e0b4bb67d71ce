package dev.clearance.application.screening;

import dev.clearance.application.json.JsonText;
import dev.clearance.lists.EntityType;
import dev.clearance.matching.normalise.Query;
import dev.clearance.records.decisions.PartyRef;
import java.util.List;

/**
 * A party to screen or decide on, as a request gives it: name, optional country, type, date of birth, identifiers,
 * and the caller's key for the party (customer id) when it has one.
 *
 * @param key caller's key for the party, or null
 * @param name the name
 * @param country country, or null
 * @param type entity type, or null
 * @param dob date of birth or incorporation, or null
 * @param identifiers strong identifiers
 */
public record Party(String key, String name, String country, EntityType type, String dob, List<String> identifiers) {
    /**
     * @param q a query read with the validation every way in shares ({@link dev.clearance.matching.PartyInput#query})
     * @return the party it names
     */
    public static Party of(Query q) {
        return new Party(q.id(), q.name(), q.country(), q.type(), q.dob(), q.identifiers());
    }

    /** @return the screening query */
    public Query query() {
        return new Query(key, name, country, type, dob, identifiers);
    }

    /** @return the fingerprint a decision is bound to: changes when the party's data change */
    public String fingerprint() {
        return ScreeningOutcome.fingerprint(query());
    }

    /**
     * Whether the record says more than a name: a false positive on a party without a key binds to its record, and
     * a record that is only a name cannot tell this party from the listed one.
     */
    public boolean distinguishable() {
        return country != null || dob != null || !identifiers.isEmpty();
    }

    /** @return what audit records file it under: its key, or its name when it has none */
    public String subject() {
        return key != null ? key : name;
    }

    /** @return the party as a decision names it: its key, fingerprint, name and whole record */
    public PartyRef ref() {
        return new PartyRef(key, fingerprint(), name, JsonText.write(view()));
    }

    /** @return the party as echoed in responses and audit records */
    public PartyView view() {
        return new PartyView(key, name, country, type == null ? null : type.word(), dob, identifiers, fingerprint());
    }
}
