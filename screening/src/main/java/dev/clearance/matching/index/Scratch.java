package dev.clearance.matching.index;

/** Per-thread working memory of one candidate lookup, reused across queries to avoid allocation. */
public final class Scratch {
    final long[] mask;
    final int[] touched;
    int touchedCount;
    /** Key hashes of the query token being looked up. */
    final Keys.Buffer keys = new Keys.Buffer();
    private final int[] nameStamp;
    private final int[] termStamp;
    private int query;
    private int round;

    Scratch(int names, int terms) {
        mask = new long[names];
        touched = new int[names];
        nameStamp = new int[names];
        termStamp = new int[terms];
    }

    void reset() {
        query++;
        touchedCount = 0;
    }

    /** Starts looking up a new query token: every term may be visited once more. */
    void nextRound() {
        round++;
    }

    boolean firstVisit(int term) {
        if (termStamp[term] == round) {
            return false;
        }
        termStamp[term] = round;
        return true;
    }

    void mark(int[] names, long bits) {
        for (int name : names) {
            if (nameStamp[name] != query) {
                nameStamp[name] = query;
                mask[name] = 0;
                touched[touchedCount++] = name;
            }
            mask[name] |= bits;
        }
    }
}
