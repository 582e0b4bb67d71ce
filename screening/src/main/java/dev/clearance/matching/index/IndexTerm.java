package dev.clearance.matching.index;

import dev.clearance.matching.normalise.Token;

/**
 * A distinct listed token, or two adjacent listed tokens written together (a merge term), with the
 * listed names that contain it.
 *
 * @param token  the token, or the first of a merge pair
 * @param second the second token of a merge pair, else {@code null}
 * @param weight the term's weight (sum of both for a merge; the largest over the pairs it stands for)
 * @param names  ids of the names that contain it, ascending
 */
public record IndexTerm(Token token, Token second, double weight, int[] names) {
    boolean merge() {
        return second != null;
    }
}
