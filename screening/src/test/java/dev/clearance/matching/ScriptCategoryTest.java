package dev.clearance.matching;

import dev.clearance.matching.explain.Match;
import dev.clearance.matching.normalise.Initials;
import dev.clearance.matching.normalise.JapaneseNames;
import dev.clearance.matching.normalise.KoreanRomanisation;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.normalise.WadeGiles;
import dev.clearance.evaluation.SharedScreeners;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10's script and initials categories on fixtures made in the test from the list snapshots, by rule (not
 * picked by hand), against every list ({@link SharedScreeners#every}); the share found in the top 5 at the
 * default threshold:
 * <ul>
 *   <li>Korean: North Korean people whose listed name reads as Korean, written in Hangul (one Hangul spelling of
 *       the listed name), in the Revised Romanization and in McCune–Reischauer of that Hangul;</li>
 *   <li>Wade–Giles: Chinese people whose listed name is Pinyin, written in Wade–Giles with and without its
 *       apostrophes and diaeresis;</li>
 *   <li>Japanese: names in kanji (and kana) of Japan's own lists (METI), which carry a romanised name too: found
 *       (by the kanji name, or by the kana read against the romanised name), from Japan or not; and a query from
 *       Japan meets no listed word through the Mandarin reading of its kanji;</li>
 *   <li>initials: OFAC people with a year of birth and two given names, written "F. M. Surname", "Surname F. M."
 *       and, when both initials are consonants, "FM Surname", with the year; and the ranking: the entry ranks
 *       above every other entry of the same surname whose given names fit the initials too.</li>
 * </ul>
 */
class ScriptCategoryTest {
    private static final Map<String, int[]> FOUND = new LinkedHashMap<>();
    private static final List<String> MISSES = new ArrayList<>();
    private static Screener every;

    @BeforeAll
    static void run() {
        if (SharedScreeners.data() == null) {
            return;
        }
        every = SharedScreeners.every();
        List<ListEntry> entries = every.entries();
        korean(entries);
        wadeGiles(entries);
        japanese(entries);
        initials(entries);
        FOUND.forEach((k, v) -> System.out.printf(Locale.ROOT, "category %-28s %d/%d = %.2f%n", k, v[0], v[1],
                (double) v[0] / v[1]));
        MISSES.stream().limit(60).forEach(m -> System.out.println("  " + m));
    }

    private static void count(String category, boolean ok, String what) {
        int[] f = FOUND.computeIfAbsent(category, k -> new int[2]);
        f[0] += ok ? 1 : 0;
        f[1]++;
        if (!ok) {
            MISSES.add(category + ": " + what);
        }
    }

    private static boolean finds(Query q, ListEntry expected) {
        return every.screen(q, Screener.DEFAULT_THRESHOLD, 5).stream().anyMatch(m -> m.cites(expected));
    }

    private static void korean(List<ListEntry> entries) {
        for (ListEntry e : entries) {
            if (e.type() != EntityType.PERSON || !e.countries().contains("KP") || !e.id().startsWith("un:")) {
                continue;
            }
            String listed = e.primaryName();
            String hangul = KoreanRomanisation.toHangul(listed);
            List<String> words = List.of(plain(listed).split("[\\s-]+"));
            if (hangul == null || KoreanRomanisation.foldName(words) == null) {
                continue;
            }
            String joined = hangul.replace(" ", "");
            Query inHangul = new Query(joined, null, EntityType.PERSON, null);
            count("korean-hangul", finds(inHangul, e), joined + " for " + listed);
            String rr = KoreanRomanisation.revised(joined);
            count("korean-revised", finds(new Query(rr, null, EntityType.PERSON, null), e), rr + " for " + listed);
            String mr = KoreanRomanisation.mccuneReischauer(joined);
            count("korean-mccune-reischauer", finds(new Query(mr, null, EntityType.PERSON, null), e),
                    mr + " for " + listed);
        }
    }

    private static void wadeGiles(List<ListEntry> entries) {
        for (ListEntry e : entries) {
            if (e.type() != EntityType.PERSON || !e.countries().contains("CN")) {
                continue;
            }
            String listed = e.primaryName();
            int words = listed.trim().split("[\\s,]+").length;
            String wg = words >= 2 && words <= 3 ? WadeGiles.fromPinyin(listed) : null;
            // Only names Wade-Giles writes otherwise than Pinyin ("Li Peng" is both).
            if (wg == null || WadeGiles.pinyin(wg) == null) {
                continue;
            }
            count("wade-giles", finds(new Query(wg, null, EntityType.PERSON, null), e), wg + " for " + listed);
            String bare = wg.replace("'", "").replace('ü', 'u');
            count("wade-giles-without-marks", finds(new Query(bare, null, EntityType.PERSON, null), e),
                    bare + " for " + listed);
        }
    }

    private static void japanese(List<ListEntry> entries) {
        for (ListEntry e : entries) {
            if (!e.list().contains("METI") && !e.source().contains("meti")) {
                continue;
            }
            List<String> kanji = e.names().stream().map(ListEntry.Name::value).filter(ScriptCategoryTest::allHanOrKana)
                    .filter(n -> n.codePoints().anyMatch(JapaneseNames::isHan)).toList();
            boolean romanised = e.names().stream().anyMatch(n -> n.value().chars().anyMatch(c -> c >= 'A' && c <= 'z'));
            if (kanji.isEmpty() || !romanised) {
                continue;
            }
            String name = kanji.get(0);
            for (String country : new String[] {null, "JP"}) {
                // The same kanji name may stand in several of Japan's lists: look past the first five.
                List<Match> hits = every.screen(new Query(name, country, e.type(), null), Screener.DEFAULT_THRESHOLD, 50);
                boolean found = hits.stream().anyMatch(m -> m.cites(e));
                count("japanese-kanji" + (country == null ? "" : "-from-japan"), found, name + " (" + e.id() + ") => "
                        + hits.stream().limit(3).map(m -> m.entry().id()).toList());
                if (country != null) {
                    // Kana may meet a Latin name (エレメント, Element); kanji only kanji.
                    List<String> mandarin = hits.stream().flatMap(m -> m.explanation().tokens().stream())
                            .filter(t -> hasHan(t.query()) && !hasHan(t.listed())).map(t -> t.query() + "→" + t.listed())
                            .toList();
                    count("japanese-kanji-never-via-mandarin", mandarin.isEmpty(), name + " => " + mandarin);
                }
            }
        }
    }

    private static void initials(List<ListEntry> entries) {
        Map<String, List<ListEntry>> bySurname = new HashMap<>();
        List<ListEntry> picked = new ArrayList<>();
        int eligible = 0;
        for (ListEntry e : entries) {
            if (e.type() != EntityType.PERSON || !e.id().startsWith("ofac:")) {
                continue;
            }
            String[] w = plain(e.primaryName()).split(" ");
            if (w.length != 3 || !w[2].matches("[a-z]{5,}") || !w[0].matches("[a-z]{3,}") || !w[1].matches("[a-z]{3,}")) {
                continue;
            }
            bySurname.computeIfAbsent(w[2], k -> new ArrayList<>()).add(e);
            if (e.birthDates().size() == 1 && e.birthDates().get(0).length() >= 4 && eligible++ % 40 == 0) {
                picked.add(e);
            }
        }
        for (ListEntry e : picked) {
            for (String form : forms(e)) {
                String year = e.birthDates().get(0).substring(0, 4);
                count("initials-with-year", finds(new Query(form, null, EntityType.PERSON, year), e), form + " " + year);
            }
        }
        // Ranking: every entry with one year of birth whose surname it shares with another entry whose given
        // names fit the same initials and whose year differs; queried with its initials and year, it must rank
        // first among them (scores at threshold 0: the order shows whatever the alert threshold).
        int ranked = 0;
        for (List<ListEntry> group : bySurname.values()) {
            for (ListEntry e : group) {
                if (e.birthDates().size() != 1 || e.birthDates().get(0).length() < 4 || ranked >= 100) {
                    continue;
                }
                String year = e.birthDates().get(0).substring(0, 4);
                String initials = initialsOf(e);
                List<ListEntry> rivals = group.stream().filter(x -> !x.id().equals(e.id()) && initialsOf(x).equals(initials)
                        && !x.birthDates().isEmpty() && x.birthDates().stream().noneMatch(d -> d.startsWith(year))).toList();
                if (rivals.isEmpty()) {
                    continue;
                }
                ranked++;
                String form = forms(e).get(0);
                List<Match> hits = every.screen(new Query(form, null, EntityType.PERSON, year), 0, 50);
                int at = indexOf(hits, e);
                boolean first = at >= 0 && rivals.stream().allMatch(x -> indexOf(hits, x) < 0 || indexOf(hits, x) > at);
                count("initials-ranked-by-year", first, form + " " + year + " among " + (rivals.size() + 1));
            }
        }
    }

    private static int indexOf(List<Match> hits, ListEntry e) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).cites(e)) {
                return i;
            }
        }
        return -1;
    }

    private static String initialsOf(ListEntry e) {
        String[] w = plain(e.primaryName()).split(" ");
        return w.length == 3 ? w[0].substring(0, 1) + w[1].substring(0, 1) + " " + w[2] : "";
    }

    /** "F. M. Surname", "Surname F. M." and, when both initials are consonants, "FM Surname". */
    private static List<String> forms(ListEntry e) {
        String[] w = plain(e.primaryName()).split(" ");
        String f = w[0].substring(0, 1).toUpperCase(Locale.ROOT);
        String m = w[1].substring(0, 1).toUpperCase(Locale.ROOT);
        String surname = Character.toUpperCase(w[2].charAt(0)) + w[2].substring(1);
        List<String> forms = new ArrayList<>(List.of(f + ". " + m + ". " + surname, surname + " " + f + ". " + m + "."));
        if (Initials.capitals(f + m)) {
            forms.add(f + m + " " + surname);
        }
        return forms;
    }

    private static String plain(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replace(",", " ").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(JapaneseNames::isHan);
    }

    private static boolean allHanOrKana(String s) {
        return s.codePoints().allMatch(cp -> JapaneseNames.isHan(cp) || cp == 0x3005 || (cp >= 0x3040 && cp <= 0x30FF)
                || Character.isWhitespace(cp));
    }

    /** Each test, not the class, is skipped, so reports count and name the skipped tests. */
    @BeforeEach
    void needsTheSharedData() {
        Assumptions.assumeTrue(every != null, "../shared/data/lists absent: skipping");
    }

    private static double share(String category) {
        int[] f = FOUND.get(category);
        assertThat(f).as("fixtures of %s", category).isNotNull();
        assertThat(f[1]).as("fixtures of %s", category).isGreaterThanOrEqualTo(5);
        return (double) f[0] / f[1];
    }

    // Measured when written, before -> after (the same fixtures run on the commit before this work, 0eabde2, with
    // only the fixture helpers added): Hangul 14/71 -> 68/71, Revised Romanization 20/71 -> 70/71,
    // McCune-Reischauer 55/71 -> 71/71, Wade-Giles 46/179 -> 179/179 (without its marks 46/179 -> 146/179),
    // Japanese kanji found 414/443 -> 443/443 (from Japan the same), never via Mandarin 442/443 -> 443/443,
    // initials with the year 168/230 -> 205/230, ranked by the year 51/51 both. Floors sit a little below.
    // The date weighing as the initials' disambiguator (InitialsDateTest): initials with the year 205/230 -> 212/230.
    @Test
    void koreanInHangul() {
        assertThat(share("korean-hangul")).isGreaterThanOrEqualTo(FLOOR_HANGUL);
    }

    @Test
    void koreanInTheRevisedRomanization() {
        assertThat(share("korean-revised")).isGreaterThanOrEqualTo(FLOOR_REVISED);
    }

    @Test
    void koreanInMcCuneReischauer() {
        assertThat(share("korean-mccune-reischauer")).isGreaterThanOrEqualTo(FLOOR_MR);
    }

    @Test
    void chineseInWadeGiles() {
        assertThat(share("wade-giles")).isGreaterThanOrEqualTo(FLOOR_WADE_GILES);
        assertThat(share("wade-giles-without-marks")).isGreaterThanOrEqualTo(FLOOR_WADE_GILES_BARE);
    }

    @Test
    void japaneseKanjiMeetTheListsKanjiAndNeverMandarin() {
        assertThat(share("japanese-kanji")).isGreaterThanOrEqualTo(FLOOR_KANJI);
        assertThat(share("japanese-kanji-from-japan")).isGreaterThanOrEqualTo(FLOOR_KANJI);
        assertThat(share("japanese-kanji-never-via-mandarin")).isEqualTo(1.0);
    }

    @Test
    void initialsWithTheYearOfBirth() {
        assertThat(share("initials-with-year")).isGreaterThanOrEqualTo(FLOOR_INITIALS);
    }

    @Test
    void theYearOfBirthRanksEntriesOfOneSurname() {
        assertThat(share("initials-ranked-by-year")).isGreaterThanOrEqualTo(FLOOR_RANKED);
    }

    private static final double FLOOR_HANGUL = 0.93;
    private static final double FLOOR_REVISED = 0.97;
    private static final double FLOOR_MR = 0.97;
    private static final double FLOOR_WADE_GILES = 0.97;
    private static final double FLOOR_WADE_GILES_BARE = 0.78;
    private static final double FLOOR_KANJI = 0.97;
    private static final double FLOOR_INITIALS = 0.90;
    private static final double FLOOR_RANKED = 0.95;
}
