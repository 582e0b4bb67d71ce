package dev.clearance.records.access;

/**
 * A newly created API key: the only time its plaintext is available.
 *
 * @param key the stored key
 * @param plaintext the secret to hand to the caller, {@code clr_<id>_<secret>}
 */
public record CreatedKey(ApiKey key, String plaintext) {
    @Override
    public String toString() {
        return "CreatedKey[key=" + key + ", plaintext=***]";
    }
}
