package dev.clearance.matching.normalise;

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), bounded for speed. */
public final class Edits {
    private Edits() {
    }

    /**
     * The distance, or {@code max + 1} as soon as it is known to exceed {@code max}. Only the diagonal
     * band of width {@code 2·max+1} is computed: a path leaving it costs more than {@code max}.
     */
    public static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        if (a.equals(b)) {
            return 0;
        }
        int inf = max + 1;
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(m, i + max);
            cur[lo - 1] = lo == 1 ? i : inf;
            if (hi < m) {
                cur[hi + 1] = inf;
            }
            int rowMin = lo == 1 ? i : inf;
            char ca = a.charAt(i - 1);
            for (int j = lo; j <= hi; j++) {
                char cb = b.charAt(j - 1);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], max + 1);
    }
}
