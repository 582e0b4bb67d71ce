package dev.clearance.matching;

import java.util.Arrays;

/**
 * A compact multimap from 40-bit key hashes to term ids, stored as one sorted {@code long[]}
 * ({@code hash << 24 | term}). A hash collision can only add a term to look at, never hide one.
 */
final class KeyTable {
    private static final int TERM_BITS = 24;
    private static final long HASH_MASK = (1L << 40) - 1;

    private long[] entries = new long[1024];
    private int size;

    void add(long hash, int term) {
        if (term >= 1 << TERM_BITS) {
            throw new IllegalStateException("too many index terms");
        }
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = ((hash & HASH_MASK) << TERM_BITS) | term;
    }

    void freeze() {
        entries = Arrays.copyOf(entries, size);
        Arrays.parallelSort(entries);
    }

    int size() {
        return size;
    }

    /** Calls {@code sink} with every term stored under the hash (duplicates possible). */
    void forEach(long hash, java.util.function.IntConsumer sink) {
        long h = hash & HASH_MASK;
        long lo = h << TERM_BITS;
        int i = Arrays.binarySearch(entries, lo);
        if (i < 0) {
            i = -i - 1;
        }
        for (; i < entries.length && (entries[i] >>> TERM_BITS) == h; i++) {
            sink.accept((int) (entries[i] & ((1 << TERM_BITS) - 1)));
        }
    }

    /** 64-bit FNV-1a of a tag character and a string. */
    static long hash(char tag, CharSequence s) {
        long h = 0xcbf29ce484222325L;
        h = (h ^ tag) * 0x100000001b3L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }
}
