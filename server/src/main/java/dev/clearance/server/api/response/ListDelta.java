package dev.clearance.server.api.response;

import java.util.List;

/**
 * What a list version changed against the one before.
 *
 * @param version           the version
 * @param previousVersionId the version before, or null
 * @param added             entry ids added
 * @param changed           entry ids changed
 * @param removed           entry ids removed
 */
public record ListDelta(ListVersionView version, Long previousVersionId, List<String> added, List<String> changed,
                        List<String> removed) {
}
