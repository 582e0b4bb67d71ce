package dev.clearance.application.lists;

import dev.clearance.lists.ListDelta;
import dev.clearance.records.lists.ListVersion;

/**
 * A new version of a list came into use (told to {@link ListCatalogue#onChange} listeners, after the swap).
 *
 * @param listName the list
 * @param previous the version it replaced, or null for a first version
 * @param version the new version
 * @param delta entries added, changed and removed against the previous version
 */
public record ListChange(String listName, ListVersion previous, ListVersion version, ListDelta delta) {
}
