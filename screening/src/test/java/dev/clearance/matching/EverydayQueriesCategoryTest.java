package dev.clearance.matching;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.normalise.NameVariants;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Qualifiers;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.normalise.QueryReadings;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.score.Coverage;
import dev.clearance.matching.score.EastAsianNames;
import dev.clearance.matching.score.Screenable;
import dev.clearance.matching.score.TokenWeights;
import dev.clearance.input.BadRequestException;
import dev.clearance.evaluation.SharedScreeners;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19's categories, the names people actually write, on fixtures made in the test from the list snapshots by
 * rule (not picked by hand), against every list ({@link SharedScreeners#every}, METI included); the share found in
 * the top 5 at the default threshold unless said otherwise:
 * <ul>
 *   <li>short names: an organisation's one distinctive word alone, where a listed name is that word with legal
 *       forms or descriptors ("JSC ROSOBORONEXPORT", "State Corporation Rostec") or that word followed by a
 *       parenthetical ("Rostec (Russian Technologies State Corporation)");</li>
 *   <li>trading as: "Front Ltd t/a LISTED", "LISTED d/b/a Front", "Front trading as LISTED", "LISTED (formerly
 *       Front)", "Front f/k/a LISTED", the front an unlisted company;</li>
 *   <li>vessels written with "M/V", "MV", "MT", "M.T.", "M/T" before the name; aircraft marks with a word in front;</li>
 *   <li>identifiers in their written forms ("IMO9xxxxxx", "IMO No. n", "Passport No. n", "National ID n", "Reg. No.
 *       n") beside only the family name or last word: the entry must rank first;</li>
 *   <li>a person's exact name with a date of birth 12, 15 or 25 years off: the entry must not alert;</li>
 *   <li>Chinese and Hong Kong companies with a place qualifier ("(Hong Kong)", "(HK)", "Shenzhen ...");</li>
 *   <li>Iranian people's names in the other spelling of their family (q/gh, Reza/Rida, -zadeh/-zade, al-/el-);</li>
 *   <li>no alert on common Korean, Chinese and Japanese person names (resource {@code common-east-asian-names.txt},
 *       with its sources: every family name with every given name, both orders, romanised and native), and names of
 *       legal forms or generic words alone refused.</li>
 * </ul>
 */
class EverydayQueriesCategoryTest {
    private static final Map<String, int[]> FOUND = new LinkedHashMap<>();
    private static final List<String> MISSES = new ArrayList<>();
    private static Screener every;
    private static final String[] FRONTS = {"Northgate Supplies Ltd", "Bluewater Commerce LLC", "Kestrel Components GmbH",
        "Harbourline Ventures Inc", "Silverpine Logistics Pte Ltd"};

    @BeforeAll
    static void run() throws Exception {
        if (SharedScreeners.data() == null) {
            return;
        }
        every = SharedScreeners.every();
        List<ListEntry> entries = every.entries();
        Map<String, Set<String>> entriesOfWord = wordIndex(entries);
        shortNames(entries, entriesOfWord);
        tradingAs(entries);
        vessels(entries);
        aircraft(entries);
        identifiers(entries);
        datesOfBirth(entries);
        places(entries);
        persian(entries);
        commonEastAsianNames();
        FOUND.forEach((k, v) -> System.out.printf(Locale.ROOT, "category %-28s %d/%d = %.3f%n", k, v[0], v[1],
                (double) v[0] / v[1]));
        Map<String, Integer> shown = new HashMap<>();
        MISSES.stream().filter(m -> shown.merge(m.substring(0, m.indexOf(':')), 1, Integer::sum) <= 25)
                .forEach(m -> System.out.println("  " + m));
    }

    private static void count(String category, boolean ok, String what) {
        int[] f = FOUND.computeIfAbsent(category, k -> new int[2]);
        f[0] += ok ? 1 : 0;
        f[1]++;
        if (!ok) {
            MISSES.add(category + ": " + what);
        }
    }

    private static List<Match> hits(Query q) {
        return every.screen(q, Screener.DEFAULT_THRESHOLD, 5);
    }

    private static boolean finds(Query q, ListEntry expected) {
        return hits(q).stream().anyMatch(m -> m.entry().id().equals(expected.id()));
    }

    private static String render(Query q) {
        List<Match> h = hits(q);
        return q.name() + (h.isEmpty() ? " (no hit)" : " => " + h.get(0).entry().id() + " " + h.get(0).explanation().render());
    }

    private static boolean latin(String s) {
        return s.chars().allMatch(c -> c < 0x250) && s.chars().anyMatch(Character::isLetter);
    }

    /** In how many entries each normalised word occurs. */
    private static Map<String, Set<String>> wordIndex(List<ListEntry> entries) {
        Map<String, Set<String>> out = new HashMap<>();
        for (ListEntry e : entries) {
            for (ListEntry.Name n : e.names()) {
                for (Token t : Normaliser.normalise(n.value()).tokens()) {
                    out.computeIfAbsent(t.key(), k -> new HashSet<>()).add(e.id());
                }
            }
        }
        return out;
    }

    private static void shortNames(List<ListEntry> entries, Map<String, Set<String>> entriesOfWord) {
        Set<String> seen = new HashSet<>();
        for (ListEntry e : entries) {
            if (e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (ListEntry.Name n : e.names()) {
                String v = n.value();
                if (!latin(v) || n.kind() == ListEntry.Name.Kind.WEAK_ALIAS) {
                    continue;
                }
                String word = null;
                int paren = v.indexOf('(');
                List<Token> tokens = Normaliser.normalise(paren > 0 ? v.substring(0, paren) : v).tokens();
                List<Token> content = tokens.stream().filter(t -> !t.legalForm() && !t.numeric()
                        && !NameVariants.particle(t.key())).toList();
                boolean shaped = paren > 0 ? tokens.size() == 1 : content.size() == 1 && tokens.size() > 1;
                if (shaped && content.size() == 1 && content.get(0).key().length() >= 6
                        && entriesOfWord.getOrDefault(content.get(0).key(), Set.of()).size() <= 3
                        && content.get(0).surface().chars().allMatch(Character::isLetter)
                        && !TokenWeights.GENERIC.contains(content.get(0).key())
                        && !NameVariants.organisationWord(content.get(0).key())) {
                    word = content.get(0).surface();
                }
                if (word != null && seen.add(e.id())) {
                    String q = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    Query query = Query.of(q);
                    count(e.id().startsWith("meti:") ? "short-name-meti" : "short-name", finds(query, e),
                            e.id() + " " + render(query));
                }
            }
        }
    }

    private static List<String> plainNames(ListEntry e) {
        List<String> out = new ArrayList<>();
        for (ListEntry.Name n : e.names()) {
            String v = n.value();
            if (n.kind() != ListEntry.Name.Kind.WEAK_ALIAS && latin(v) && v.indexOf('(') < 0
                    && Coverage.content(Normaliser.normalise(v).tokens()) >= 2) {
                out.add(v);
            }
        }
        return out;
    }

    private static void tradingAs(List<ListEntry> entries) {
        int k = 0;
        for (ListEntry e : entries) {
            if (e.type() != EntityType.ORGANIZATION || plainNames(e).isEmpty() || e.id().hashCode() % 5 != 0) {
                continue;
            }
            String listed = plainNames(e).get(0);
            String front = FRONTS[k % FRONTS.length];
            String q = switch (k % 5) {
                case 0 -> front + " t/a " + listed;
                case 1 -> listed + " d/b/a " + front;
                case 2 -> front + " trading as " + listed;
                case 3 -> listed + " (formerly " + front + ")";
                default -> front + " f/k/a " + listed;
            };
            k++;
            count("trading-as", finds(Query.of(q), e), e.id() + " " + render(Query.of(q)));
        }
    }

    private static void vessels(List<ListEntry> entries) {
        String[] prefixes = {"M/V ", "MV ", "MT ", "M.T. ", "M/T "};
        int k = 0;
        Set<String> seen = new HashSet<>();
        for (ListEntry e : entries) {
            if (e.type() != EntityType.VESSEL || !latin(e.primaryName()) || !seen.add(e.id())) {
                continue;
            }
            Query q = Query.of(prefixes[k++ % prefixes.length] + e.primaryName());
            count("vessel-prefix", finds(q, e), e.id() + " " + render(q));
        }
    }

    private static void aircraft(List<ListEntry> entries) {
        String[] words = {"Aircraft ", "Registration ", "Tail number ", "Airplane "};
        int k = 0;
        Set<String> seen = new HashSet<>();
        for (ListEntry e : entries) {
            if (e.type() != EntityType.AIRCRAFT || !seen.add(e.id())) {
                continue;
            }
            for (ListEntry.Name n : e.names()) {
                if (QueryReadings.registrationMark(n.value().strip())) {
                    Query q = Query.of(words[k++ % words.length] + n.value().strip());
                    count("aircraft-word", finds(q, e), e.id() + " " + render(q));
                    break;
                }
            }
        }
    }

    private static void identifiers(List<ListEntry> entries) {
        Map<String, String[]> forms = Map.of(
                "IMO", new String[] {"IMO%s", "IMO No. %s", "IMO %s", "IMO: %s"},
                "PASSPORT", new String[] {"Passport No. %s", "passport %s", "Passport: %s"},
                "NATIONAL_ID", new String[] {"National ID %s", "National ID No. %s", "national id: %s"},
                "REGISTRATION", new String[] {"Reg. No. %s", "Registration number %s", "Registration No.: %s"});
        int k = 0;
        Set<String> seen = new HashSet<>();
        for (ListEntry e : entries) {
            if (!latin(e.primaryName()) || !seen.add(e.id())) {
                continue;
            }
            for (ListEntry.Identifier id : e.identifiers()) {
                String[] f = forms.get(id.scheme());
                if (f == null || Qualifiers.identifierKey(id.value()).length() < 6
                        || !id.value().chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' ' || c == '-')
                        || k++ % 3 != 0) {
                    continue;
                }
                String[] words = e.primaryName().strip().split("\\s+");
                String written = String.format(Locale.ROOT, f[k % f.length], id.value());
                Query q = new Query(null, words[words.length - 1], null, null, null, List.of(written));
                List<Match> h = every.screen(q, Screener.DEFAULT_THRESHOLD, 5);
                // First: the entry, or another entry holding the same identifier (one company in two lists).
                String key = Qualifiers.identifierKey(id.value());
                boolean first = !h.isEmpty() && Screener.byIdentifier(h.get(0)) && h.get(0).entry().identifiers().stream()
                        .anyMatch(i -> Qualifiers.identifierKey(i.value()).equals(key));
                count("identifier-first", first, e.id() + " " + written + " "
                        + (h.isEmpty() ? "(no hit)" : h.get(0).entry().id()));
                break;
            }
        }
    }

    private static void datesOfBirth(List<ListEntry> entries) {
        int[] offsets = {12, 15, 25};
        int k = 0;
        Set<String> seen = new HashSet<>();
        for (ListEntry e : entries) {
            if (e.type() != EntityType.PERSON || e.birthDates().isEmpty() || !latin(e.primaryName())
                    || e.id().hashCode() % 4 != 0 || !seen.add(e.id())) {
                continue;
            }
            int year = Integer.parseInt(e.birthDates().get(0).substring(0, 4));
            if (!e.birthDates().stream().allMatch(d -> d.startsWith(String.valueOf(year)))) {
                continue;
            }
            String dob = String.valueOf(year + offsets[k++ % offsets.length]);
            Query q = new Query(null, e.primaryName(), null, EntityType.PERSON, dob, List.of());
            boolean silent = hits(q).stream().noneMatch(m -> m.entry().id().equals(e.id()));
            count("dob-contradicts", silent, e.id() + " " + dob + " " + render(q));
        }
    }

    private static void places(List<ListEntry> entries) {
        int k = 0;
        Set<String> seen = new HashSet<>();
        for (ListEntry e : entries) {
            if (e.type() != EntityType.ORGANIZATION || !(e.countries().contains("CN") || e.countries().contains("HK"))
                    || !seen.add(e.id())) {
                continue;
            }
            String name = e.primaryName();
            List<Token> tokens = Normaliser.normalise(name).tokens();
            if (!latin(name) || name.indexOf('(') >= 0 || tokens.isEmpty() || !tokens.get(tokens.size() - 1).legalForm()
                    || Coverage.content(tokens) < 2 || tokens.stream().anyMatch(Token::legalForm)
                    && tokens.stream().filter(Token::legalForm).count() > 2) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            int form = Math.max(lower.lastIndexOf(" co"), Math.max(lower.lastIndexOf(" limited"), lower.lastIndexOf(" ltd")));
            if (form < 0 || lower.contains("hong kong") || lower.contains("shenzhen")) {
                continue;
            }
            String q = switch (k++ % 3) {
                case 0 -> name.substring(0, form) + " (Hong Kong)" + name.substring(form);
                case 1 -> name.substring(0, form) + " (HK)" + name.substring(form);
                default -> "Shenzhen " + name;
            };
            count("place-qualifier", finds(Query.of(q), e), e.id() + " " + render(Query.of(q)));
        }
    }

    /** The other spelling of an Iranian name, by the spelling families; {@code null} when none applies. */
    static String otherSpelling(String name) {
        String[][] rules = {{"(?i)zadeh\\b", "zade"}, {"(?i)\\breza\\b", "Rida"}, {"(?i)\\bgh(?=[aeiou])", "Q"},
            {"(?i)(?<=[aeiou])gh(?=[aeiou])", "q"}, {"(?i)(?<=[aeiou])q(?=[aeiou])", "gh"}, {"(?i)\\bq(?=[aeiou])", "Gh"},
            {"(?i)\\bal-", "el-"}};
        for (String[] r : rules) {
            String other = name.replaceAll(r[0], r[1]);
            if (!other.equals(name)) {
                return other;
            }
        }
        return null;
    }

    private static void persian(List<ListEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (ListEntry e : entries) {
            if (e.type() != EntityType.PERSON || !e.countries().contains("IR") || !latin(e.primaryName())
                    || !seen.add(e.id())) {
                continue;
            }
            String other = otherSpelling(e.primaryName());
            if (other != null) {
                Query q = new Query(null, other, null, EntityType.PERSON, null, List.of());
                count("persian-spelling", finds(q, e), e.id() + " " + render(q));
            }
        }
    }

    private static void commonEastAsianNames() throws Exception {
        Map<String, List<String[]>> table = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(EverydayQueriesCategoryTest.class
                .getResourceAsStream("/categories/common-east-asian-names.txt"), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] row = line.split("\t");
                    table.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row);
                }
            }
        }
        for (String people : List.of("korean", "chinese", "japanese")) {
            for (String[] family : table.get(people + "-family")) {
                for (String[] given : table.get(people + "-given")) {
                    List<String> names = new ArrayList<>(List.of(family[1] + " " + given[1], given[1] + " " + family[1],
                            family[1].toUpperCase(Locale.ROOT) + " " + given[1]));
                    if (!family[2].equals("-") && !given[2].equals("-")) {
                        names.add(family[2] + given[2]);
                    }
                    for (String n : names) {
                        for (EntityType type : new EntityType[] {EntityType.PERSON, null}) {
                            Query q = new Query(null, n, null, type, null, List.of());
                            List<Match> h = hits(q);
                            // A listed person of this very name (every word the same, nothing left over) is a
                            // namesake, and must alert: counted apart, not as a false alert. So is the same name in
                            // another script or romanisation, words written together or apart with no letter
                            // changed once read ("최은정" and "CHOE Un Jong", "张伟" and "Zhang Wei").
                            if (!h.isEmpty() && h.get(0).entry().type() == EntityType.PERSON
                                    && sameName(h.get(0).explanation())) {
                                count("namesake-" + people, true, n);
                                continue;
                            }
                            count("common-" + people, h.isEmpty(), n + " => " + (h.isEmpty() ? ""
                                    : h.get(0).entry().id() + " " + h.get(0).explanation().render()));
                        }
                    }
                }
            }
        }
    }

    /** Every word the same, or the same letters once read, written together or apart; nothing left over. */
    private static boolean sameName(Explanation x) {
        if (Screenable.sameWords(x)) {
            return true;
        }
        return x.queryOnly().isEmpty() && x.listedOnly().isEmpty() && x.tokens().stream().allMatch(m ->
                m.kind() == MatchKind.EXACT || m.kind() == MatchKind.TRANSLITERATED
                        || (m.kind() == MatchKind.MERGED || m.kind() == MatchKind.SPLIT) && m.edits() == 0);
    }

    /** Each test, not the class, is skipped, so reports count and name the skipped tests. */
    @BeforeEach
    void needsTheSharedData() {
        Assumptions.assumeTrue(!FOUND.isEmpty(), "../shared/data/lists absent: skipping");
    }

    private static double share(String category) {
        int[] f = FOUND.get(category);
        return (double) f[0] / f[1];
    }

    @Test
    void shortNamesOfListedOrganisations() {
        assertThat(share("short-name")).isGreaterThanOrEqualTo(0.95);
        assertThat(share("short-name-meti")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void tradingAsNames() {
        assertThat(share("trading-as")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void vesselsWithPrefixesAndAircraftWithAWordInFront() {
        assertThat(share("vessel-prefix")).isGreaterThanOrEqualTo(0.95);
        assertThat(share("aircraft-word")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aMatchingIdentifierRanksFirst() {
        assertThat(share("identifier-first")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void aContradictingDateOfBirthSilencesAnExactName() {
        assertThat(share("dob-contradicts")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void placeQualifiersWeighLittle() {
        assertThat(share("place-qualifier")).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void persianSpellingFamilies() {
        assertThat(share("persian-spelling")).isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Issue 19's target is no alert at all. Measured when written: Korean 30 alerts in 10,676 queries, Chinese 54 in
     * 7,924, Japanese 3 in 6,000; then (issue 19's second pass, namesakes counted by {@link #sameName}) Korean 44,
     * Chinese 327, Japanese 3 before, and Korean 0 in 10,648, Chinese 48 in 7,916, Japanese 0 after the Pinyin and
     * Hepburn readings ({@link EastAsianNames}), a syllable left over on both sides and a sound match needing as many
     * syllables. The Chinese alerts left are names on the family names the table leaves out as common elsewhere (Ma,
     * Hu: "Ma Jing", "Hu Jie"), which are not read as Chinese. Listed namesakes are counted apart. Then 3 in 7,916
     * once such a surname is read as Chinese beside a listed name in Pinyin on it, or when the listed word meets it
     * only run together with a given-name syllable ("Ma Yan" is not "Mayak"); left: "He Na" against "HENNA" (a
     * letter typed twice reads as the same syllables) and "Yan Hu" against "YANHU" (the same letters), both vessels.
     * Then 0 in 7,916 (Korean 0 in 10,648, Japanese 0 in 6,000): a person's name written apart meets a vessel's or a
     * company's one word only run together is another word ({@link EastAsianNames#runTogether}). No alert is the target.
     */
    @Test
    void commonEastAsianNamesDoNotAlert() {
        assertThat(share("common-korean")).isEqualTo(1.0);
        assertThat(share("common-chinese")).isEqualTo(1.0);
        assertThat(share("common-japanese")).isEqualTo(1.0);
    }

    @Test
    void namesOfLegalFormsOrGenericWordsAloneAreRefusedAndNeverMatched() {
        for (String generic : List.of("GmbH", "Co., Ltd.", "Joint Stock Company", "有限会社", "株式会社", "Trading Company",
                "LLC", "Holdings Inc.", "State Corporation", "(HK) Limited")) {
            assertThatThrownBy(() -> PartyInput.name("name", generic)).isInstanceOf(BadRequestException.class)
                    .hasMessageContaining("too little to screen on");
            assertThat(every.screen(Query.of(generic), 0.5, 5)).as(generic).isEmpty();
        }
        // Several generic words may be a listed name itself: screened, and only the same words match.
        assertThat(every.screen(Query.of("International Trading Group Limited"), 0.5, 5)).isEmpty();
        assertThat(every.screen(Query.of("Oil Industry Investment Company"), Screener.DEFAULT_THRESHOLD, 5))
                .allMatch(m -> Screenable.sameWords(m.explanation()));
        assertThat(every.unscreenableNames()).isPositive();
    }
}
