package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.index.CandidateIndex;
import dev.clearance.matching.index.IndexedName;
import dev.clearance.matching.normalise.NormalisedName;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Qualifiers;
import dev.clearance.matching.normalise.QueryReadings;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.score.Aligner;
import dev.clearance.matching.score.ListStatistics;
import dev.clearance.matching.score.Screenable;
import dev.clearance.matching.score.TermStatistics;
import dev.clearance.matching.score.TokenWeights;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Screening in the reverse direction: the partner master is indexed and list entries are the queries, so that a
 * list change is screened by looking up only its new and changed entries. Built once per list generation; thread-safe.
 *
 * <p>A pair gets the score forward screening ({@link Partner#screen}) gives it, to the last bit: partner names are
 * weighed, as a query is, with the word statistics of the list of the entry they meet ({@link ListStatistics}; not with
 * statistics of the partner master, which would make "Muhammad" rare in a European customer base and common in a
 * list), and each candidate pair is scored by
 * the forward scorer with the partner as query. The index's candidate bound is symmetric in the two names (the token
 * similarity is; the omission cost assumed is the least of either kind), so no pair that reaches the threshold is lost.
 *
 * <pre>{@code
 * PartnerIndex index = PartnerIndex.build(partners, loadedLists.screener());
 * for (ListEntry added : delta) { index.screen(added, Screener.DEFAULT_THRESHOLD) ... }
 * }</pre>
 */
public final class PartnerIndex {
    /** Query words remembered across entries: a delta is small, the cache only needs the repeats within it. */
    private static final int TOKEN_CACHE = 20_000;

    private final List<Partner> partners;
    private final ListStatistics statistics;
    private final CandidateIndex index;
    private final Map<String, int[]> byIdentifier;
    /** Whether some partner's date may weigh as the disambiguator of its initials: the prefilter's bound. */
    private final boolean initialsWithDate;

    private PartnerIndex(List<Partner> partners, ListStatistics statistics, CandidateIndex index,
                         Map<String, int[]> byIdentifier, boolean initialsWithDate) {
        this.partners = partners;
        this.initialsWithDate = initialsWithDate;
        this.statistics = statistics;
        this.index = index;
        this.byIdentifier = byIdentifier;
    }

    /**
     * Normalises and indexes every name of every partner, weighed as the lists of {@code lists} weigh tokens.
     * Normalisation runs in parallel; the result does not depend on it.
     */
    public static PartnerIndex build(List<Partner> partners, Screener lists) {
        List<Partner> all = List.copyOf(partners);
        NormalisedName[][] normalised = new NormalisedName[all.size()][];
        Map<String, Token> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        IntStream.range(0, all.size()).parallel().forEach(p -> {
            List<String> names = readings(all.get(p));
            NormalisedName[] out = new NormalisedName[names.size()];
            for (int i = 0; i < out.length; i++) {
                // Shared as soon as made: the unshared tokens of millions of names would not fit beside the index.
                out[i] = shared(Normaliser.normalise(names.get(i), all.get(p).type() == EntityType.PERSON), tokens);
            }
            normalised[p] = out;
        });
        List<NormalisedName> names = new ArrayList<>(all.size());
        List<Integer> partnerOf = new ArrayList<>(all.size());
        Map<String, List<Integer>> ids = new HashMap<>();
        boolean initialsWithDate = false;
        for (int p = 0; p < all.size(); p++) {
            Set<String> seen = normalised[p].length > 1 ? new HashSet<>() : null;
            for (NormalisedName n : normalised[p]) {
                initialsWithDate |= Qualifiers.initialsMayRestOnDate(all.get(p).query(all.get(p).name()), n);
                // The same name in two spellings that normalise alike is indexed once, as in the Screener.
                if (!n.tokens().isEmpty() && !Screenable.onlyForms(n.tokens()) && (seen == null || seen.add(n.keys()))) {
                    names.add(n);
                    partnerOf.add(p);
                }
            }
            for (String id : identifiers(all.get(p))) {
                for (String key : QueryReadings.identifierKeys(id)) {
                    List<Integer> at = ids.computeIfAbsent(key, k -> new ArrayList<>(1));
                    if (at.isEmpty() || at.get(at.size() - 1) != p) {
                        at.add(p);
                    }
                }
            }
        }
        Map<String, int[]> byIdentifier = new HashMap<>();
        ids.forEach((k, v) -> byIdentifier.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        // A partner name is weighed, as a query is, by the list of each entry it meets: the index bounds it between
        // the least and the most weight any list gives its words.
        ListStatistics s = lists.statistics();
        TokenWeights pooled = s.of(null);
        return new PartnerIndex(all, s, CandidateIndex.build(names, partnerOf, null, i -> pooled, null, s.lowest(),
                s.highest(), TOKEN_CACHE), byIdentifier, initialsWithDate);
    }

    /**
     * The names a partner is screened by, read as forward screening reads a query ({@link QueryReadings}): "X t/a Y"
     * is X and Y, a vessel prefix is no part of the name.
     */
    private static List<String> readings(Partner partner) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (String name : partner.names()) {
            out.addAll(QueryReadings.of(partner.query(name)).texts());
        }
        return List.copyOf(out);
    }

    /** The partner's identifiers, with those written into its names ("Hamgam IMO 9226956"). */
    private static List<String> identifiers(Partner partner) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>(partner.identifiers());
        for (String name : partner.names()) {
            out.addAll(QueryReadings.of(partner.query(name)).identifiers());
        }
        return List.copyOf(out);
    }

    /**
     * The name with each token replaced by an equal one already held: a million partners share a few hundred thousand
     * distinct words, and a token with its keys is most of what an indexed name weighs. Tokens are immutable and
     * compared by content, so sharing them changes no score.
     */
    private static NormalisedName shared(NormalisedName n, Map<String, Token> tokens) {
        List<Token> out = new ArrayList<>(n.tokens().size());
        for (Token t : n.tokens()) {
            String signature = t.key() + '\u0001' + t.form() + '\u0001' + t.surface() + '\u0001'
                    + (t.legalForm() ? 'L' : '-') + (t.abjad() ? 'A' : '-') + (t.syllable() ? 'S' : '-')
                    + (t.syllabic() ? 'Y' : '-');
            out.add(tokens.computeIfAbsent(signature, k -> t));
        }
        return new NormalisedName(n.text(), out);
    }

    /** The partners indexed. */
    public List<Partner> partners() {
        return partners;
    }

    /** Number of partner names indexed (names and aliases, after removing duplicates within a partner). */
    public int nameCount() {
        return index.names().size();
    }

    /**
     * A partner hit by a list entry.
     *
     * @param partner the partner
     * @param match   the match as forward screening of the partner gives it (entry, matched listed name, score,
     *                explanation with the partner's name as query)
     * @param partnerName which of the partner's names matched
     */
    public record Hit(Partner partner, Match match, String partnerName) {
    }

    /**
     * Screens several entries (a list delta's added and changed ones) in parallel.
     *
     * @return the hits of each entry, in the order of {@code entries}
     */
    public List<List<Hit>> screen(List<ListEntry> entries, double threshold) {
        return sameEntryOnce(entries, entries.parallelStream().map(e -> screen(e, threshold)).toList());
    }

    /**
     * One hit per partner and listed entry, as forward screening gives ({@link Screener#sameEntryOnce}): an entry two
     * loaded snapshots of one list hold (equal {@linkplain ListEntry#id() id}) hits a partner once. The first copy's
     * hit stands, citing the later copies ({@link Match#alsoListed}); a later copy's hit on the same partner is
     * folded into it, so the later copy's own list holds only the partners it alone hits.
     */
    static List<List<Hit>> sameEntryOnce(List<ListEntry> entries, List<List<Hit>> found) {
        Map<String, Integer> firstCopy = new HashMap<>();
        List<List<Hit>> out = new ArrayList<>(found.size());
        for (int q = 0; q < entries.size(); q++) {
            Integer first = firstCopy.putIfAbsent(entries.get(q).id(), q);
            if (first == null) {
                out.add(new ArrayList<>(found.get(q)));
                continue;
            }
            List<Hit> kept = out.get(first);
            List<Hit> own = new ArrayList<>();
            for (Hit h : found.get(q)) {
                int at = indexOfPartner(kept, h.partner());
                if (at < 0) {
                    own.add(h);
                } else {
                    Hit k = kept.get(at);
                    kept.set(at, new Hit(k.partner(), Screener.citing(k.match(), h.match().entry()), k.partnerName()));
                }
            }
            out.add(own);
        }
        return out.stream().map(List::copyOf).toList();
    }

    private static int indexOfPartner(List<Hit> hits, Partner partner) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).partner().key().equals(partner.key())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The partners {@code entry} hits at {@code threshold} or above, best first: for each, the best of its names
     * against the best of the entry's names, or a shared strong identifier (score 1).
     */
    public List<Hit> screen(ListEntry entry, double threshold) {
        Map<Integer, Hit> best = new HashMap<>();
        for (ListEntry.Identifier id : entry.identifiers()) {
            for (String key : QueryReadings.identifierKeys(id.value())) {
                for (int p : byIdentifier.getOrDefault(key, new int[0])) {
                    Partner partner = partners.get(p);
                    for (String pid : identifiers(partner)) {
                        if (!best.containsKey(p) && QueryReadings.identifierKeys(pid).contains(key)) {
                            best.put(p, new Hit(partner, Screener.identifierMatch(entry, pid), partner.name()));
                        }
                    }
                }
            }
        }
        double minName = Screener.minNameScore(threshold, initialsWithDate);
        Set<String> seen = new HashSet<>();
        // As forward screening does: a name given twice that normalises alike counts once, as its strongest kind.
        java.util.List<ListEntry.Name> names = new ArrayList<>(entry.names());
        names.sort(Comparator.comparing((ListEntry.Name x) -> x.kind() == ListEntry.Name.Kind.WEAK_ALIAS));
        for (ListEntry.Name listed : names) {
            NormalisedName n = Normaliser.normalise(listed.value());
            if (n.tokens().isEmpty() || !seen.add(n.keys())) {
                continue;
            }
            // As the Screener indexes them: a name of legal forms alone is no name, save a weak alias or a vessel's
            // or aircraft's name so written ("SL", "YK-AND"), read as its letters.
            if (Screenable.onlyForms(n.tokens())) {
                if (listed.kind() != ListEntry.Name.Kind.WEAK_ALIAS && entry.type() != EntityType.AIRCRAFT
                        && entry.type() != EntityType.VESSEL) {
                    continue;
                }
                n = Screenable.literal(n);
            }
            TermStatistics weights = statistics.of(entry.list());
            double[] wl = Aligner.weigh(n.tokens(), weights);
            for (int nameId : index.candidates(n, wl, minName)) {
                IndexedName pn = index.names().get(nameId);
                Hit previous = best.get(pn.entry());
                if (previous != null && previous.match().score() >= 1.0) {
                    continue;
                }
                Partner partner = partners.get(pn.entry());
                Match m = Screener.score(pn.normalised(), Aligner.weigh(pn.normalised().tokens(), weights),
                        partner.query(pn.name()), entry,
                        listed.value(), listed.kind(), n.tokens(), wl, weights, minName, threshold);
                if (m != null && Screenable.tooGeneric(pn.normalised().tokens()) && !Screenable.sameWords(m.explanation())) {
                    continue;
                }
                if (m != null && (previous == null || m.score() > previous.match().score()
                        && !Screener.byIdentifier(previous.match()))) {
                    best.put(pn.entry(), new Hit(partner, m, pn.name()));
                }
            }
        }
        List<Hit> out = new ArrayList<>(best.values());
        out.removeIf(h -> h.match().score() < threshold);
        out.sort(Comparator.comparing((Hit h) -> !Screener.byIdentifier(h.match()))
                .thenComparing(Comparator.comparingDouble((Hit h) -> h.match().score()).reversed())
                .thenComparing(h -> h.partner().key()));
        return out;
    }
}
