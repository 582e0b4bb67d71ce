package dev.clearance.matching.index;

import java.util.Arrays;

/** A growable list of ints, without boxing. */
public final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    /** Adds unless it equals the last value (postings are built in ascending order). */
    void addUnique(int v) {
        if (size == 0 || values[size - 1] != v) {
            add(v);
        }
    }

    int[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
