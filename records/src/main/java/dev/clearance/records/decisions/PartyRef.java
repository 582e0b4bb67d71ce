package dev.clearance.records.decisions;

import java.util.Objects;

/**
 * The party a decision is about: the caller's key for it (customer id) when it has one, and always the fingerprint
 * of the party record as decided on. A decision with a key applies to that key only; a decision without one applies
 * only to screenings of a record with the same fingerprint, and only to screenings without a key.
 *
 * @param key the caller's key for the party, or null
 * @param fingerprint {@link dev.clearance.records.Fingerprints#party} of the record
 * @param name the party's name as given (kept normalised for the determinations' end-user check)
 * @param recordJson the whole party record as JSON, as decided on; required when there is no key
 */
public record PartyRef(String key, String fingerprint, String name, String recordJson) {

    /** Validates: a decision names its party by key or by its full record. */
    public PartyRef {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(name, "name");
        if (key != null && key.isBlank()) {
            key = null;
        }
        if (key == null && (recordJson == null || recordJson.isBlank())) {
            throw new IllegalArgumentException("a decision names its party by key or by its full record");
        }
    }

    /** @return the party as a lookup target: the key, or the record's fingerprint for a party without one */
    String identity() {
        return key != null ? "key:" + key : "fp:" + fingerprint;
    }
}
