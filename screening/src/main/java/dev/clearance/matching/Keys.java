package dev.clearance.matching;

import java.util.HashSet;
import java.util.Set;

/**
 * The lookup keys of a token. Two tokens that {@link TokenSimilarity} can match always share a key:
 * equal strings share their zero-deletion key; strings within d edits (optimal string alignment)
 * share a string reachable by at most d deletions from each, which the deletion neighbourhood of
 * radius d holds; phonetic, skeleton and initial rules have keys of their own.
 */
final class Keys {
    static final char DELETION = 'D';
    static final char PHONETIC = 'P';
    static final char SKELETON = 'S';
    static final char INITIAL = 'I';

    private Keys() {
    }

    /** Deletion radius for a token: at least the edits it may be matched with. */
    static int radius(Token t) {
        return TokenSimilarity.maxEdits(Math.max(t.key().length(), t.form().length()));
    }

    /** Keys under which a listed single token is stored, and under which a query token looks. */
    static Set<Long> of(Token t) {
        Set<Long> out = new HashSet<>();
        int r = radius(t);
        deletions(t.key(), r, DELETION, out);
        deletions(t.form(), r, DELETION, out);
        deletions(TokenSimilarity.joinable(t), Math.max(r, 1), DELETION, out);
        if (t.phonetic() != null) {
            out.add(KeyTable.hash(PHONETIC, t.phonetic()));
        }
        if (t.skeleton() != null) {
            out.add(KeyTable.hash(SKELETON, t.skeleton()));
        }
        return out;
    }

    /** All strings reachable from {@code s} by up to {@code radius} deletions, hashed under {@code tag}. */
    static void deletions(String s, int radius, char tag, Set<Long> out) {
        Set<String> level = new HashSet<>();
        level.add(s);
        out.add(KeyTable.hash(tag, s));
        for (int r = 0; r < radius; r++) {
            Set<String> next = new HashSet<>();
            for (String x : level) {
                if (x.length() <= 1) {
                    continue;
                }
                for (int i = 0; i < x.length(); i++) {
                    String d = x.substring(0, i) + x.substring(i + 1);
                    if (next.add(d)) {
                        out.add(KeyTable.hash(tag, d));
                    }
                }
            }
            level = next;
        }
    }
}
