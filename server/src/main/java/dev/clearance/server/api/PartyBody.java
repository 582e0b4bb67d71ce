package dev.clearance.server.api;

import dev.clearance.application.screening.Party;
import dev.clearance.matching.PartyInput;
import dev.clearance.server.http.Input;

/**
 * A party as a request body gives it ({@code partyKey}, {@code name}, {@code country}, {@code type}, {@code dob},
 * {@code identifiers}), read with the validation every way in shares ({@link PartyInput}): 400 naming the field when
 * a value is unusable or too large to screen.
 */
final class PartyBody {
    private PartyBody() {
    }

    /** @return the party of a screening or a decision, keyed by its {@code partyKey} */
    static Party read(Input in) {
        return read(in, in.text("partyKey"));
    }

    /** As {@link #read(Input)}, for a body that carries its key elsewhere (a partner-master party's {@code key}). */
    static Party read(Input in, String key) {
        return Party.of(PartyInput.query(PartyInput.Fields.JSON, key, in.requiredText("name"), in.text("country"),
                in.text("type"), in.text("dob"), in.strings("identifiers")));
    }
}
