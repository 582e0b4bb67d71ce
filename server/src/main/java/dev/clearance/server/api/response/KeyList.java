package dev.clearance.server.api.response;

import java.util.List;

/**
 * The API keys.
 *
 * @param keys the keys
 */
public record KeyList(List<KeyView> keys) {
}
