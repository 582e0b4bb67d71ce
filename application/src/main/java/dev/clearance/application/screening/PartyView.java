package dev.clearance.application.screening;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A party as screened, echoed in responses and kept with decisions and audit records.
 *
 * @param partyKey    its partner-master key, or null
 * @param name        its name
 * @param country     its country, or null
 * @param type        its type in words, or null
 * @param dob         its date of birth, or null
 * @param identifiers its identifiers; left out when none
 * @param fingerprint the fingerprint a decision is bound to (changes when the party's data change)
 */
public record PartyView(String partyKey, String name, String country, String type, String dob,
                        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> identifiers, String fingerprint) {
}
