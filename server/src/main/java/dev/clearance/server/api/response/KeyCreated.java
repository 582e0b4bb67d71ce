package dev.clearance.server.api.response;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A key just created, with its secret: shown this once, never stored or audited.
 *
 * @param apiKey the key
 * @param key    its secret
 */
public record KeyCreated(@JsonUnwrapped KeyView apiKey, String key) {
}
