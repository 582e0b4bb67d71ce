package dev.clearance.matching.index;

import dev.clearance.matching.normalise.NormalisedName;
import dev.clearance.lists.ListEntry;

/**
 * One listed name of one entry, normalised once when the index is built.
 *
 * @param entry       index of the entry in the screener's entry list
 * @param name        the name as listed
 * @param normalised  its tokens
 * @param weights     weight of each token
 * @param totalWeight sum of its token weights
 * @param kind        how the list publishes the name (a weak alias matches only as a whole)
 */
public record IndexedName(int entry, String name, NormalisedName normalised, double[] weights, double totalWeight,
                   ListEntry.Name.Kind kind) {
}
