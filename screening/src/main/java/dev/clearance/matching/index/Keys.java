package dev.clearance.matching.index;

import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.normalise.TokenSimilarity;
import java.util.Arrays;

/**
 * The lookup keys of a token. Two tokens that {@link TokenSimilarity} can match always share a key:
 * equal strings share their zero-deletion key; strings within d edits (optimal string alignment)
 * share a string reachable by at most d deletions from each, which the deletion neighbourhood of
 * radius d holds; phonetic, skeleton and initial rules have keys of their own.
 *
 * <p>Keys are hashed straight from the characters (skipping the deleted positions), into a reusable
 * {@link Buffer}: no substring, set or boxed long per key, which matters on the query path.
 */
public final class Keys {
    static final char DELETION = 'D';
    static final char PHONETIC = 'P';
    static final char SKELETON = 'S';
    static final char INITIAL = 'I';

    private Keys() {
    }

    /** A growable bag of key hashes; {@link #distinct()} sorts it and drops repeats. */
    static final class Buffer {
        long[] values = new long[256];
        int size;

        void clear() {
            size = 0;
        }

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        /** Sorts and removes repeats in place; returns the new size. */
        int distinct() {
            Arrays.sort(values, 0, size);
            int n = 0;
            for (int i = 0; i < size; i++) {
                if (n == 0 || values[n - 1] != values[i]) {
                    values[n++] = values[i];
                }
            }
            size = n;
            return n;
        }
    }

    /** Deletion radius for a token: at least the edits it may be matched with. */
    static int radius(Token t) {
        return TokenSimilarity.maxEdits(Math.max(t.key().length(), t.form().length()));
    }

    /** Keys under which a listed single token is stored, and under which a query token looks (may repeat). */
    static void of(Token t, Buffer out) {
        int r = radius(t);
        deletions(t.key(), r, DELETION, out);
        if (!t.form().equals(t.key())) {
            deletions(t.form(), r, DELETION, out);
        }
        String joinable = TokenSimilarity.joinable(t);
        if (Math.max(r, 1) != r || !joinable.equals(t.key())) {
            deletions(joinable, Math.max(r, 1), DELETION, out);
        }
        if (t.phonetic() != null) {
            out.add(KeyTable.hash(PHONETIC, t.phonetic()));
        }
        if (t.skeleton() != null) {
            out.add(KeyTable.hash(SKELETON, t.skeleton()));
        }
    }

    /**
     * Every string reachable from {@code s} by up to {@code radius} deletions (never deleting from a
     * string of one character), hashed under {@code tag}; the same string may be added more than once.
     */
    static void deletions(String s, int radius, char tag, Buffer out) {
        int n = s.length();
        out.add(KeyTable.hash(tag, s));
        if (radius >= 1 && n >= 2) {
            for (int i = 0; i < n; i++) {
                out.add(hashSkipping(tag, s, i, -1));
            }
        }
        if (radius >= 2 && n >= 3) {
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    out.add(hashSkipping(tag, s, i, j));
                }
            }
        }
        if (radius >= 3) {
            throw new IllegalArgumentException("deletion radius above 2: " + radius);
        }
    }

    /** {@link KeyTable#hash} of {@code s} without the characters at {@code skip1} and {@code skip2}. */
    private static long hashSkipping(char tag, String s, int skip1, int skip2) {
        long h = KeyTable.FNV_OFFSET;
        h = (h ^ tag) * KeyTable.FNV_PRIME;
        for (int i = 0; i < s.length(); i++) {
            if (i != skip1 && i != skip2) {
                h = (h ^ s.charAt(i)) * KeyTable.FNV_PRIME;
            }
        }
        return KeyTable.finish(h);
    }
}
