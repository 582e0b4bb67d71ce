package dev.clearance.matching.score;

import dev.clearance.matching.normalise.NormalisedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Token weights per list (issue 19, item 2): a listed name, and a query compared with it, are weighed with the word
 * statistics of the list the name is published in ({@link dev.clearance.lists.ListEntry#list()}), not with those of
 * every list loaded beside it. Loading another list (METI's hundreds of Rostec subsidiaries) then cannot make a word
 * of an OFAC name common and lower the score of the same words against it. Two snapshots of one list are one list:
 * an entry (by id) counts once in its list's statistics.
 */
public final class ListStatistics {
    private final Map<String, TermStatistics> byList;
    /** The statistics of every loaded name together: for an entry of a list not loaded here. */
    private final TermStatistics pooled;
    private final List<TokenWeights> groups;
    private final Map<String, Integer> groupOf;

    private ListStatistics(Map<String, TermStatistics> byList, TermStatistics pooled) {
        this.byList = byList;
        this.pooled = pooled;
        this.groups = new ArrayList<>(byList.values());
        this.groupOf = new HashMap<>();
        int g = 0;
        for (String list : byList.keySet()) {
            groupOf.put(list, g++);
        }
    }

    /**
     * Statistics over {@code names}, {@code listOf.get(i)} and {@code entryIdOf.get(i)} the list and entry id of name
     * i; an entry id seen again in the same list (another snapshot) adds nothing.
     */
    public static ListStatistics of(List<NormalisedName> names, List<String> listOf, List<String> entryIdOf) {
        Map<String, List<NormalisedName>> perList = new java.util.LinkedHashMap<>();
        Map<String, Map<String, Set<String>>> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String list = listOf.get(i);
            // Keyed by entry id and the name's words: a name the later snapshot adds still counts, a repeated one not.
            if (seen.computeIfAbsent(list, k -> new HashMap<>()).computeIfAbsent(entryIdOf.get(i), k -> new HashSet<>())
                    .add(names.get(i).keys())) {
                perList.computeIfAbsent(list, k -> new ArrayList<>()).add(names.get(i));
            }
        }
        Map<String, TermStatistics> byList = new java.util.LinkedHashMap<>();
        List<NormalisedName> all = new ArrayList<>();
        perList.forEach((list, n) -> {
            byList.put(list, TermStatistics.of(n));
            all.addAll(n);
        });
        return new ListStatistics(byList, TermStatistics.of(all));
    }

    /** The weights of names published in {@code list} (the pooled statistics for a list not loaded here). */
    public TermStatistics of(String list) {
        return byList.getOrDefault(list, pooled);
    }

    /** The index of {@code list} among {@link #groups()}, -1 for a list not loaded here (pooled). */
    public int group(String list) {
        return groupOf.getOrDefault(list, -1);
    }

    /** The weights of each list, in {@link #group} order. */
    public List<TokenWeights> groups() {
        return groups;
    }

    /** Per token, the lowest weight any list (or the pooled statistics) gives it: for the candidate bound. */
    public TokenWeights lowest() {
        return t -> {
            double w = pooled.weight(t);
            for (TokenWeights g : groups) {
                w = Math.min(w, g.weight(t));
            }
            return w;
        };
    }

    /** Per token, the highest weight any list (or the pooled statistics) gives it: for the candidate bound. */
    public TokenWeights highest() {
        return t -> {
            double w = pooled.weight(t);
            for (TokenWeights g : groups) {
                w = Math.max(w, g.weight(t));
            }
            return w;
        };
    }
}
