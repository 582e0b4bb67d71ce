package dev.clearance.server.api;

import dev.clearance.lists.EntityType;
import dev.clearance.matching.PartyInput;
import dev.clearance.matching.normalise.Query;
import dev.clearance.records.decisions.PartyRef;
import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.Input;
import dev.clearance.server.http.Json;
import dev.clearance.application.screening.ScreeningOutcome;
import java.util.LinkedHashMap;
import dev.clearance.server.api.response.PartyView;
import java.util.List;

/**
 * A party to screen, as given in a request: name, optional country, type, date of birth, identifiers, and the
 * caller's key for the party (customer id) when it has one.
 *
 * @param key caller's key for the party, or null
 * @param name the name
 * @param country country, or null
 * @param type entity type, or null
 * @param dob date of birth or incorporation, or null
 * @param identifiers strong identifiers
 */
record Party(String key, String name, String country, EntityType type, String dob, List<String> identifiers) {
    /**
     * Reads a party from a request object with the validation every way in shares ({@link PartyInput}); 400 naming
     * the field when a value is unusable or too large to screen.
     */
    static Party from(Input in) {
        return from(in, in.text("partyKey"));
    }

    /** As {@link #from(Input)}, for a body that carries its key elsewhere (a partner-master party's {@code key}). */
    static Party from(Input in, String key) {
        Query q = PartyInput.query(PartyInput.Fields.JSON, key, in.requiredText("name"),
                in.text("country"), in.text("type"), in.text("dob"), in.strings("identifiers"));
        return new Party(q.id(), q.name(), q.country(), q.type(), q.dob(), q.identifiers());
    }

    /** @return the screening query */
    Query query() {
        return new Query(key, name, country, type, dob, identifiers);
    }

    /** @return the fingerprint a decision is bound to: changes when the party's data change */
    String fingerprint() {
        return ScreeningOutcome.fingerprint(query());
    }

    /**
     * Whether the record says more than a name: a false positive on a party without a key binds to its record, and
     * a record that is only a name cannot tell this party from the listed one.
     */
    boolean distinguishable() {
        return country != null || dob != null || !identifiers.isEmpty();
    }

    /** @return the party as a decision names it: its key, fingerprint, name and whole record */
    PartyRef ref() {
        return new PartyRef(key, fingerprint(), name, Json.write(describe()));
    }

    /** @return the party as echoed in responses and audit records */
    PartyView describe() {
        return new PartyView(key, name, country, type == null ? null : type.word(), dob, identifiers, fingerprint());
    }
}
