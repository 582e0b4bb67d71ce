package dev.clearance.matching.index;

import java.util.Arrays;

/**
 * A compact multimap from 39-bit key hashes to term ids, stored as one sorted {@code long[]}
 * ({@code hash << 24 | term}, never negative, so signed order is hash order) with a directory on the top bits of the hash, so that a lookup reads
 * one directory slot and scans a handful of neighbouring entries instead of binary-searching millions.
 * A hash collision can only add a term to look at, never hide one.
 */
public final class KeyTable {
    static final long FNV_OFFSET = 0xcbf29ce484222325L;
    static final long FNV_PRIME = 0x100000001b3L;
    private static final int TERM_BITS = 24;
    private static final int HASH_BITS = 39;
    private static final long HASH_MASK = (1L << HASH_BITS) - 1;
    private static final int TERM_MASK = (1 << TERM_BITS) - 1;

    private long[] entries = new long[1024];
    private int size;
    /** {@code directory[b]} is the first entry whose hash has top bits {@code >= b}; one slot more at the end. */
    private int[] directory;
    private int shift;

    void add(long hash, int term) {
        if (term >= 1 << TERM_BITS) {
            throw new IllegalStateException("too many index terms");
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = ((hash & HASH_MASK) << TERM_BITS) | term;
    }

    /** Sorts, drops repeated (key, term) pairs and builds the directory (about one slot per two entries). */
    void freeze() {
        Arrays.parallelSort(entries, 0, size);
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n == 0 || entries[n - 1] != entries[i]) {
                entries[n++] = entries[i];
            }
        }
        size = n;
        entries = Arrays.copyOf(entries, size);
        int bits = Math.max(4, Math.min(24, 64 - Long.numberOfLeadingZeros(Math.max(1, size / 2))));
        shift = TERM_BITS + HASH_BITS - bits;
        directory = new int[(1 << bits) + 1];
        int e = 0;
        for (int b = 0; b <= 1 << bits; b++) {
            while (e < size && (entries[e] >>> shift) < b) {
                e++;
            }
            directory[b] = e;
        }
    }

    int size() {
        return size;
    }

    /** Index of the first entry stored under the hash, or of where it would be; read on with {@link #termAt}. */
    int first(long hash) {
        long lo = (hash & HASH_MASK) << TERM_BITS;
        int b = (int) (lo >>> shift);
        int i = directory[b];
        int end = directory[b + 1];
        while (i < end && entries[i] < lo) {
            i++;
        }
        return i;
    }

    /** The term of entry {@code i} when it is stored under {@code hash}, else -1 (the run has ended). */
    int termAt(int i, long hash) {
        if (i >= size || (entries[i] >>> TERM_BITS) != (hash & HASH_MASK)) {
            return -1;
        }
        return (int) (entries[i] & TERM_MASK);
    }

    /** Calls {@code sink} with every term stored under the hash. */
    void forEach(long hash, java.util.function.IntConsumer sink) {
        for (int i = first(hash), t; (t = termAt(i, hash)) >= 0; i++) {
            sink.accept(t);
        }
    }

    /** 64-bit FNV-1a of a tag character and a string. */
    static long hash(char tag, CharSequence s) {
        long h = FNV_OFFSET;
        h = (h ^ tag) * FNV_PRIME;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return finish(h);
    }

    static long finish(long h) {
        return h ^ (h >>> 29);
    }
}
