package dev.clearance.matching;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.matching.index.CandidateIndex;
import dev.clearance.matching.index.IndexedName;
import dev.clearance.matching.normalise.JapaneseNames;
import dev.clearance.matching.normalise.NormalisedName;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Qualifiers;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.normalise.QueryReadings;
import dev.clearance.matching.normalise.RussianStyles;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.score.Aligner;
import dev.clearance.matching.score.Comparison;
import dev.clearance.matching.score.Coverage;
import dev.clearance.matching.score.EastAsianNames;
import dev.clearance.matching.score.ListStatistics;
import dev.clearance.matching.score.Screenable;
import dev.clearance.matching.score.TokenWeights;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Screens names against restricted-party list entries. Built once per list set; thread-safe.
 *
 * <pre>{@code
 * Screener screener = Screener.of(entries);
 * List<Match> hits = screener.screen(Query.of("Sergei Lavrov"), Screener.DEFAULT_THRESHOLD, 10);
 * }</pre>
 */
public final class Screener {
    /**
     * Scores at or above this raise an alert. Tuned on the nomenklatura labelled pairs (F1 0.851 here,
     * best 0.854 at 0.79) and kept a step below the best-F1 point: UN-list positives with typos and
     * swaps still alert (99.1%) and 100,000 non-listed people alert 0.6% of the time.
     */
    public static final double DEFAULT_THRESHOLD = 0.78;

    private final List<ListEntry> entries;
    private final CandidateIndex index;
    /** The word statistics of each loaded list: a name and a query compared with it are weighed by its list's. */
    private final ListStatistics statistics;
    /** {@code groupOfName[n]}: the {@linkplain ListStatistics#group group} of indexed name n's list. */
    private final int[] groupOfName;
    /** {@code statisticsOfName[n]}: the word statistics of indexed name n's list, looked up once, not per candidate. */
    private final TokenWeights[] statisticsOfName;
    private final Map<String, List<Integer>> byIdentifier = new HashMap<>();

    private final int tokenCache;
    /** Listed names made of legal forms alone, not indexed (they would match every company of that form). */
    private int unscreenable;

    private Screener(List<ListEntry> entries, int tokenCache) {
        this(entries, tokenCache, null);
    }

    /** {@code statistics}: the word statistics to weigh tokens by; {@code null} for those of these entries' lists. */
    private Screener(List<ListEntry> entries, int tokenCache, ListStatistics statistics) {
        this.entries = List.copyOf(entries);
        this.tokenCache = tokenCache;
        List<NormalisedName> names = new ArrayList<>();
        List<Integer> entryOf = new ArrayList<>();
        List<ListEntry.Name.Kind> kinds = new ArrayList<>();
        for (int e = 0; e < this.entries.size(); e++) {
            ListEntry entry = this.entries.get(e);
            Map<String, Integer> seen = new HashMap<>();
            for (ListEntry.Name name : entry.names()) {
                NormalisedName n = Normaliser.normalise(name.value());
                if (n.tokens().isEmpty()) {
                    continue;
                }
                if (Screenable.onlyForms(n.tokens())) {
                    // "Joint Stock Company", "有限会社": a name of legal forms alone names no one. A weak alias or a
                    // vessel's or aircraft's name so written ("SL", "YK") is its letters, not a legal form.
                    if (name.kind() != ListEntry.Name.Kind.WEAK_ALIAS && entry.type() != EntityType.AIRCRAFT
                            && entry.type() != EntityType.VESSEL) {
                        unscreenable++;
                        continue;
                    }
                    n = Screenable.literal(n);
                }
                // The same name in two spellings that normalise alike is indexed once, as its strongest kind.
                Integer at = seen.putIfAbsent(n.keys(), names.size());
                if (at == null) {
                    names.add(n);
                    entryOf.add(e);
                    kinds.add(name.kind());
                } else if (kinds.get(at) == ListEntry.Name.Kind.WEAK_ALIAS && name.kind() != ListEntry.Name.Kind.WEAK_ALIAS) {
                    kinds.set(at, name.kind());
                }
            }
            for (ListEntry.Identifier id : entry.identifiers()) {
                for (String key : QueryReadings.identifierKeys(id.value())) {
                    List<Integer> at = byIdentifier.computeIfAbsent(key, k -> new ArrayList<>());
                    if (at.isEmpty() || at.get(at.size() - 1) != e) {
                        at.add(e);
                    }
                }
            }
        }
        if (statistics == null) {
            List<String> listOf = new ArrayList<>(names.size());
            List<String> idOf = new ArrayList<>(names.size());
            for (int e : entryOf) {
                listOf.add(this.entries.get(e).list());
                idOf.add(this.entries.get(e).id());
            }
            statistics = ListStatistics.of(names, listOf, idOf);
        }
        this.statistics = statistics;
        ListStatistics stats = statistics;
        this.groupOfName = new int[names.size()];
        this.statisticsOfName = new TokenWeights[names.size()];
        for (int i = 0; i < groupOfName.length; i++) {
            String list = this.entries.get(entryOf.get(i)).list();
            groupOfName[i] = Math.max(0, stats.group(list));
            statisticsOfName[i] = stats.of(list);
        }
        this.index = CandidateIndex.build(names, entryOf, kinds,
                i -> stats.of(this.entries.get(entryOf.get(i)).list()), groupOfName, null, null, tokenCache);
    }

    /** Builds a screener over the entries (normalises and indexes every listed name). */
    public static Screener of(List<ListEntry> entries) {
        return new Screener(entries, CandidateIndex.DEFAULT_TOKEN_CACHE);
    }

    /**
     * As {@link #of(List)}, remembering the index lookups of at most {@code tokenCache} distinct query
     * words; 0 turns the memo off (every query word is looked up afresh). Results never depend on it.
     */
    public static Screener of(List<ListEntry> entries, int tokenCache) {
        return new Screener(entries, tokenCache);
    }

    /**
     * A screener over only the entries whose {@linkplain ListEntry#id() id} is in {@code entryIds} that
     * scores exactly as this one does: tokens keep the weights of this screener's whole list (a rare word
     * in the few kept entries may be common in the list), so every match it finds has the same score,
     * matched name and explanation as this screener's match with that entry. Used to screen only the
     * entries a list update added or changed.
     */
    public Screener restrictedTo(java.util.Collection<String> entryIds) {
        Set<String> keep = Set.copyOf(entryIds);
        List<ListEntry> kept = entries.stream().filter(e -> keep.contains(e.id())).toList();
        return new Screener(kept, tokenCache, statistics);
    }

    /** The entries screened against. */
    public List<ListEntry> entries() {
        return entries;
    }

    /** Number of listed names not indexed because they are made of legal forms alone ("Joint Stock Company"). */
    public int unscreenableNames() {
        return unscreenable;
    }

    /** Number of listed names indexed (after removing duplicates within an entry). */
    public int nameCount() {
        return index.names().size();
    }

    /**
     * The entries whose best-matching name scores at least {@code threshold}, best first, at most
     * {@code top} of them. An equal strong identifier in the query puts its entry first with score 1.
     */
    public List<Match> screen(Query query, double threshold, int top) {
        return screen(query, threshold, top, false);
    }

    /**
     * Scores every listed name (normalised once, when the screener was built) with the same scorer,
     * bypassing the index: the reference the index is tested against, and the brute-force baseline
     * of the benchmark. Same results as {@link #screen}, only slower.
     */
    public List<Match> screenExhaustively(Query query, double threshold, int top) {
        return screen(query, threshold, top, true);
    }

    private List<Match> screen(Query query, double threshold, int top, boolean exhaustive) {
        Map<Integer, Match> best = new HashMap<>();
        QueryReadings.Reading reading = QueryReadings.of(query);
        for (String id : reading.identifiers()) {
            for (String key : QueryReadings.identifierKeys(id)) {
                for (int e : byIdentifier.getOrDefault(key, List.of())) {
                    best.putIfAbsent(e, identifierMatch(entries.get(e), id));
                }
            }
        }
        for (QueryReadings.Named name : reading.names()) {
            Query one = name.name().equals(query.name()) && name.type() == query.type() ? query
                    : new Query(query.id(), name.name(), query.country(), name.type(), query.dob(), query.identifiers());
            screenName(one, threshold, exhaustive, best);
        }
        List<Map.Entry<Integer, Match>> ranked = new ArrayList<>(best.entrySet());
        ranked.removeIf(m -> m.getValue().score() < threshold);
        // A matching identifier ranks above any match by name alone; ties (equal score and id: one entry in two
        // loaded lists) in list order, so that a restricted screener ranks its entries as this one does.
        ranked.sort(Comparator.comparing((Map.Entry<Integer, Match> m) -> !byIdentifier(m.getValue()))
                .thenComparing(Comparator.comparingDouble((Map.Entry<Integer, Match> m) -> m.getValue().score()).reversed())
                .thenComparing(m -> m.getValue().entry().id()).thenComparing(Map.Entry::getKey));
        List<Match> out = new ArrayList<>(ranked.size());
        ranked.forEach(m -> out.add(m.getValue()));
        List<Match> one = sameEntryOnce(out);
        return one.size() > top ? List.copyOf(one.subList(0, Math.max(top, 0))) : one;
    }

    /**
     * One hit per listed entry: an entry loaded from two files (two snapshots of the OFAC SDN list) is one party,
     * not two hits. The best-ranked hit stands, citing the other files' copies ({@link Match#alsoListed}).
     */
    static List<Match> sameEntryOnce(List<Match> ranked) {
        Map<String, Integer> at = new HashMap<>();
        List<Match> out = new ArrayList<>(ranked.size());
        for (Match m : ranked) {
            Integer first = at.putIfAbsent(m.entry().id(), out.size());
            if (first == null) {
                out.add(m);
                continue;
            }
            out.set(first, citing(out.get(first), m.entry()));
        }
        return out;
    }

    /** The hit {@code kept}, citing {@code copy} (the same entry as another loaded file holds it) besides its own. */
    static Match citing(Match kept, ListEntry copy) {
        List<ListEntry> also = new ArrayList<>(kept.alsoListed());
        also.add(copy);
        return new Match(kept.entry(), kept.matchedName(), kept.score(), cited(kept, also), also);
    }

    /** The kept hit's explanation with a note naming every copy of the entry behind it. */
    private static Explanation cited(Match kept, List<ListEntry> also) {
        Explanation x = kept.explanation();
        List<Explanation.Qualifier> notes = new ArrayList<>();
        for (Explanation.Qualifier q : x.qualifiers()) {
            if (!q.what().equals("sources")) {
                notes.add(q);
            }
        }
        java.util.Set<String> lists = new java.util.LinkedHashSet<>();
        lists.add(kept.entry().list());
        also.forEach(e -> lists.add(e.list()));
        notes.add(new Explanation.Qualifier("sources", Explanation.Qualifier.Effect.MATCH, kept.entry().id()
                + " as " + (also.size() + 1) + " loaded files hold it (" + String.join(", ", lists) + "): one hit"));
        return new Explanation(x.score(), x.nameScore(), x.tokens(), x.queryOnly(), x.listedOnly(), notes, x.strength());
    }

    /** Whether the type says an organisation, a vessel or an aircraft (not a person, nor an unknown type). */
    private static boolean namesAThing(EntityType type) {
        return type == EntityType.ORGANIZATION || type == EntityType.VESSEL || type == EntityType.AIRCRAFT;
    }

    /** Whether the match rests on an equal identifier. */
    static boolean byIdentifier(Match m) {
        for (Explanation.Qualifier q : m.explanation().qualifiers()) {
            if (q.what().equals("identifier") && q.effect() == Explanation.Qualifier.Effect.DECISIVE) {
                return true;
            }
        }
        return false;
    }

    /** Scores one name of the query into {@code best} (per entry, the best match). */
    private void screenName(Query query, double threshold, boolean exhaustive, Map<Integer, Match> best) {
        boolean person = query.type() == EntityType.PERSON;
        NormalisedName q = Normaliser.normalise(query.name(), person, RussianStyles.russianCountry(query.country()));
        screenName(query, q, threshold, exhaustive, best);
        if (RussianStyles.russianCountry(query.country())) {
            // A Russian country reads a name in the German, French or GOST style back into the lists' spelling; the
            // name as written is screened too, so that adding the country never lowers the score of identical words.
            NormalisedName written = Normaliser.normalise(query.name(), person, false);
            if (!written.keys().equals(q.keys())) {
                screenName(query, written, threshold, exhaustive, best);
            }
        }
    }

    private void screenName(Query query, NormalisedName q, double threshold, boolean exhaustive,
                            Map<Integer, Match> best) {
        // A name of legal forms alone ("GmbH", "Co., Ltd.") names no one: never matched. A name of generic words
        // ("Oil Industry Investment Company") matches only a listed name of the same words.
        if (Screenable.onlyForms(q.tokens())) {
            return;
        }
        boolean generic = Screenable.tooGeneric(q.tokens());
        // The least name score that qualifiers could lift to the threshold (lower when a date may weigh as the
        // disambiguator of the query's initials).
        double minName = minNameScore(threshold, Qualifiers.initialsMayRestOnDate(query, q));
        // The query weighed as each list weighs words: against a listed name, as that name's list does.
        List<TokenWeights> groups = statistics.groups();
        double[][] wq = new double[Math.max(1, groups.size())][];
        for (int g = 0; g < groups.size(); g++) {
            wq[g] = Aligner.weigh(q.tokens(), groups.get(g));
        }
        if (groups.isEmpty()) {
            wq[0] = new double[q.tokens().size()];
        }
        int[] candidates = exhaustive ? java.util.stream.IntStream.range(0, index.names().size()).toArray()
                : index.candidates(q, wq, minName);
        for (int nameId : candidates) {
            IndexedName name = index.names().get(nameId);
            // Most queries hit nothing: skip boxing the entry index for a lookup in an empty map.
            Match previous = best.isEmpty() ? null : best.get(name.entry());
            if (previous != null && previous.score() >= 1.0) {
                continue;
            }
            Match m = score(q, wq[groupOfName[nameId]], statisticsOfName[nameId], query, name, minName, threshold);
            if (m != null && generic && !Screenable.sameWords(m.explanation())) {
                continue;
            }
            if (m != null && (previous == null || m.score() > previous.score() && !byIdentifier(previous))) {
                best.put(name.entry(), m);
            }
        }
    }

    /**
     * The match with one listed name, or {@code null} below the threshold. The qualifiers and the
     * explanation are only worked out for a name score that qualifiers could lift to the threshold.
     */
    private Match score(NormalisedName q, double[] wq, TokenWeights lists, Query query, IndexedName name,
                        double minName, double threshold) {
        ListEntry entry = entries.get(name.entry());
        return score(q, wq, query, entry, name.name(), name.kind(), name.normalised().tokens(),
                name.weights(), lists, minName, threshold);
    }

    /**
     * The match of a query name ({@code q}, weights {@code wq}) with one listed name ({@code listed}, published as
     * {@code kind}, weights {@code wl}) of {@code entry}, or {@code null} below the threshold: the one scorer of
     * forward screening and of the partner index, so that both give the same score to the same pair.
     * {@code lists} are the token statistics of the whole lists (coverage asks whether a word is rare there).
     */
    static Match score(NormalisedName q, double[] wq, Query query, ListEntry entry, String listedName,
                       ListEntry.Name.Kind kind, List<Token> listed, double[] wl, TokenWeights lists, double minName,
                       double threshold) {
        if (excludedByType(query.type(), entry.type())) {
            return null;
        }
        boolean person = entry.type() == EntityType.PERSON || query.type() == EntityType.PERSON;
        double omission = entry.type() == EntityType.PERSON
                || entry.type() == EntityType.UNKNOWN ? Aligner.OMISSION : Aligner.ORGANISATION_OMISSION;
        // The score alone first (no allocation); the alignment behind the explanation only for a hit.
        double pure = Aligner.scoreOf(q.tokens(), listed, wq, wl, omission);
        double coverage = Coverage.factor(q.tokens(), listed, lists, person);
        double nameScore = pure * coverage;
        // Margin for rounding: a score this far below minName cannot be lifted to the threshold.
        if (nameScore <= 0 || nameScore < minName - 1e-9) {
            return null;
        }
        List<Explanation.Qualifier> notes = new ArrayList<>();
        if (coverage < 1) {
            notes.add(Coverage.note(q.tokens(), listed, coverage));
        }
        // Only a query with initials and a date needs the alignment before the qualifiers: does the name rest on
        // the query's initials fitting listed given names? Aligned only when either reading could reach the
        // threshold (the qualifiers alone are arithmetic; the alignment is what costs).
        Comparison c = null;
        if (Qualifiers.initialsMayRestOnDate(query, q)) {
            List<Explanation.Qualifier> scratch = new ArrayList<>(4);
            if (Math.max(Qualifiers.apply(query, entry, nameScore, true, scratch),
                    Qualifiers.apply(query, entry, nameScore, false, scratch)) < threshold) {
                return null;
            }
            c = Aligner.align(q.tokens(), listed, wq, wl, omission);
        }
        double s = Qualifiers.apply(query, entry, nameScore, c != null && restsOnInitials(q.tokens(), c), notes);
        if (s < threshold) {
            return null;
        }
        if (c == null) {
            c = Aligner.align(q.tokens(), listed, wq, wl, omission);
        }
        // A Korean or Chinese given name matched only by edits, sound or merging is another given name.
        if (EastAsianNames.givenNamesDiffer(q.tokens(), listed, c, entry.type() == EntityType.PERSON)) {
            s *= EastAsianNames.GIVEN_NAME_DIFFERS;
            notes.add(new Explanation.Qualifier("given name", Explanation.Qualifier.Effect.MISMATCH,
                    String.format(java.util.Locale.ROOT, "Korean or Chinese given names differ syllable by syllable, x%.2f",
                            EastAsianNames.GIVEN_NAME_DIFFERS)));
            if (s < threshold) {
                return null;
            }
        } else if (namesAThing(entry.type()) && !namesAThing(query.type()) && EastAsianNames.runTogether(q.tokens(), c)) {
            // "Yan Hu" is a person's family and given name; the vessel "YANHU" is one word.
            s *= EastAsianNames.GIVEN_NAME_DIFFERS;
            notes.add(new Explanation.Qualifier("person's name", Explanation.Qualifier.Effect.MISMATCH,
                    String.format(java.util.Locale.ROOT, "a Korean, Chinese or Japanese person's name meets this %s name"
                            + " only with its words run together, x%.2f", entry.type().name().toLowerCase(java.util.Locale.ROOT),
                            EastAsianNames.GIVEN_NAME_DIFFERS)));
            if (s < threshold) {
                return null;
            }
        }
        // A Japanese name in kanji has no Mandarin reading to meet a Latin name by.
        if (JapaneseNames.throughMandarin(query.country(), c.matches())) {
            return null;
        }
        // A weak alias (a nickname, a common word) identifies no one inside a longer name: only the whole name counts.
        if (kind == ListEntry.Name.Kind.WEAK_ALIAS && !wholeName(c)) {
            return null;
        }
        Explanation x = new Explanation(s, c.score(), c.matches(), c.unmatchedQuery(), c.unmatchedListed(), notes,
                Explanation.strengthOf(kind));
        return new Match(entry, listedName, s, x);
    }

    /** The least name score that qualifiers could lift to {@code threshold}. */
    static double minNameScore(double threshold) {
        return minNameScore(threshold, false);
    }

    /**
     * The least name score that qualifiers could lift to {@code threshold}; {@code initialsWithDate}: the date may
     * weigh as the disambiguator of initials ({@link Qualifiers#initialsMayRestOnDate}), which lifts further.
     */
    static double minNameScore(double threshold, boolean initialsWithDate) {
        double gain = initialsWithDate ? Qualifiers.INITIALS_MAX_GAIN : Qualifiers.MAX_GAIN;
        return (threshold - gain) / (1 - gain);
    }

    /**
     * Whether the name match rests on the query's initials fitting listed given names: an initial of the query
     * stands for a listed word in this alignment, and none is left over (an initial with no word of its letter
     * contradicts the given names rather than leaving them open).
     */
    static boolean restsOnInitials(List<Token> q, Comparison c) {
        boolean fits = false;
        for (TokenMatch m : c.matches()) {
            fits |= m.kind() == MatchKind.INITIAL && queryInitial(q, m.query());
        }
        if (!fits) {
            return false;
        }
        for (String left : c.unmatchedQuery()) {
            if (queryInitial(q, left)) {
                return false;
            }
        }
        return true;
    }

    private static boolean queryInitial(List<Token> q, String surface) {
        for (Token t : q) {
            if (t.initial() && t.surface().equals(surface)) {
                return true;
            }
        }
        return false;
    }

    /** The word statistics of this screener's lists, each list's own. */
    ListStatistics statistics() {
        return statistics;
    }
    /** Every word of both names aligned, and none by sound or initial alone: the query is the weak alias itself. */
    private static boolean wholeName(Comparison c) {
        if (!c.unmatchedQuery().isEmpty() || !c.unmatchedListed().isEmpty()) {
            return false;
        }
        for (TokenMatch m : c.matches()) {
            // "Ren Sato" is not the weak alias "Renato": a merge with an edit is no whole name either.
            if (m.kind() == MatchKind.PHONETIC || m.kind() == MatchKind.INITIAL
                    || (m.kind() == MatchKind.MERGED || m.kind() == MatchKind.SPLIT) && m.edits() > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * A person is not a vessel or an aircraft: a query typed as a person skips them (and a vessel or aircraft
     * query skips people), unless the caller asks for that type.
     */
    static boolean excludedByType(EntityType query, EntityType listed) {
        if (query == EntityType.PERSON) {
            return listed == EntityType.VESSEL || listed == EntityType.AIRCRAFT;
        }
        if (query == EntityType.VESSEL || query == EntityType.AIRCRAFT) {
            return listed == EntityType.PERSON;
        }
        return false;
    }

    static Match identifierMatch(ListEntry entry, String id) {
        Explanation x = new Explanation(1.0, 0, List.of(), List.of(), List.of(),
                List.of(new Explanation.Qualifier("identifier", Explanation.Qualifier.Effect.DECISIVE, id)));
        return new Match(entry, entry.primaryName(), 1.0, x);
    }
}
