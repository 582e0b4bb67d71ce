package dev.clearance.matching.score;

import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.matching.normalise.Edits;
import dev.clearance.matching.normalise.LegalForms;
import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.normalise.TokenSimilarity;
import dev.clearance.matching.normalise.Transliteration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules for comparing two records' names with no list behind them ({@link NameScorer}), applied to what the
 * ordinary alignment leaves over. The screener does not use them: a list's word statistics and the
 * candidate index stand there for what these rules guess from two names alone.
 * <ul>
 *   <li>A series numeral ("Fund <em>VII</em> L.P.", "Snow Storm <em>2</em>") names a member of a family of
 *       organisations: it weighs {@link #SERIES}, so two vintages of one fund differ by little.</li>
 *   <li>Two forms of one given name (hypocorism or another language's form: Ted and Theodore, Juan and John),
 *       from the table {@code given-names.txt}, match as {@link MatchKind#TRANSLITERATED}.</li>
 *   <li>Two spellings of the Arabic article (al, el, ul, il) are one particle.</li>
 *   <li>A word whose letters are the other's scrambled ("Nitup" and "Putin") is a typing slip.</li>
 *   <li>A word equal to one part of the other's hyphenated name ("Ilie" and "Ilie-Gabril") is that name cut
 *       short.</li>
 *   <li>In organisation names, two leftover words with most letters in place ("Amazonis" and "Amazon",
 *       "Baowei" and "Baowu") are one word misspelt beyond the edits screening allows.</li>
 *   <li>A word spelt like a legal form within the edits of its length ("Aktiengeselschaft") is that form.</li>
 * </ul>
 */
public final class PairRules {
    /** Weight of a series numeral in an organisation's name. */
    public static final double SERIES = 0.25;
    /** Similarity of two forms of one given name. */
    static final double GIVEN_NAME = 0.9;
    /** Factor on the similarity of a word and its Baltic form with a nominative -s. */
    static final double BALTIC = 0.95;
    /** Similarity of two words with the same letters in another order. */
    static final double SCRAMBLED = 0.8;
    /** Similarity of a name and the hyphenated name it is one part of. */
    static final double COMPOUND_PART = 0.85;
    /** Least share of letters in place for two leftover organisation words to count as one misspelt. */
    static final double RESEMBLANCE_FLOOR = 0.6;
    /** Factor on that share: a resemblance is weaker evidence than a typo. */
    static final double RESEMBLANCE = 0.8;

    /** One romanised Korean or Chinese syllable: initial consonant(s), a vowel, a final consonant. */
    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile(
            "(ch|kk|tt|pp|ss|jj|ts|hs|sh|zh|[kgtdpbsjhrlmnfxqcz])?[yw]?(ae|oe|ui|eo|eu|ai|ao|ei|ou|ia|io|iu|ua|uo|[aeiou])(ng|[nlkpmt])?");
    private static final List<String> ARTICLES = List.of("al", "el", "ul", "il");
    /** Each form of a given name with the rows of the table it stands in. */
    private static final Map<String, java.util.Set<String>> GIVEN_NAMES = new HashMap<>();
    /** Single-word legal forms of six letters or more, {form, tag} by length, for misspelt forms. */
    private static final Map<Integer, List<String[]>> LONG_FORMS = new HashMap<>();
    /** Legal forms of several words ("joint stock company"), six letters or more, {form, tag} by length. */
    private static final Map<Integer, List<String[]>> LONG_PHRASES = new HashMap<>();

    static {
        for (String[] row : LegalForms.Tables.rows("given-names.txt")) {
            for (String form : (row[0].strip() + "|" + row[1].strip()).split("\\|")) {
                GIVEN_NAMES.computeIfAbsent(form.strip(), f -> new java.util.HashSet<>()).add(row[0].strip());
            }
        }
        LegalForms.all().forEach((form, tag) -> {
            if (form.length() >= 6) {
                (form.indexOf(' ') < 0 ? LONG_FORMS : LONG_PHRASES)
                        .computeIfAbsent(form.length(), n -> new ArrayList<>()).add(new String[] {form, tag});
            }
        });
    }

    private PairRules() {
    }

    /**
     * Weights for pair scoring: {@link TokenWeights#base}, with series numerals light in organisation names
     * when both names carry one ("Fund VII" and "Fund VIII" are two vintages of one family). A numeral in one
     * name only keeps its weight: "Management Company 23" is not "Management Company".
     */
    public static TokenWeights weights(boolean organisation, List<Token> q, List<Token> l) {
        boolean vintages = organisation && q.stream().anyMatch(PairRules::series) && l.stream().anyMatch(PairRules::series);
        return t -> vintages && series(t) ? SERIES : TokenWeights.base(t);
    }

    /** Factor on a pair of organisation names of which only one names a country ("Banco Santander Chile"). */
    public static final double SUBSIDIARY = 0.9;

    /**
     * The country word left over in one organisation name when the other leaves none: "Banco Santander
     * <em>Chile</em> S.A." is the Chilean subsidiary, another company than "Banco Santander S.A.". Else {@code null}.
     */
    public static String countryOnOneSide(Comparison c) {
        String q = country(c.unmatchedQuery());
        String l = country(c.unmatchedListed());
        return q != null && l == null ? q : l != null && q == null ? l : null;
    }

    private static String country(List<String> words) {
        for (String w : words) {
            if (w.length() >= 4 && dev.clearance.lists.CountryCodes.toAlpha2(w) != null) {
                return w;
            }
        }
        return null;
    }

    /** Factor on a pair of names whose leftover legal forms or initials contradict each other. */
    public static final double CONFLICT = 0.9;

    /**
     * What the words left over on both sides contradict, or {@code null}: two different legal forms ("Deutsche
     * Bank AG" and "Deutsche Bank GmbH" are two companies of one group), or two different initials ("William G.
     * Frost" and "William W. Frost" are two people), or in organisation names two Roman series numerals, or one in
     * one name only ({@link #seriesDiffer}). Such leftovers weigh little as words, yet each is decisive.
     */
    public static String conflict(List<Token> q, List<Token> l, Comparison c, boolean organisation) {
        List<Token> lq = left(q, c.unmatchedQuery());
        List<Token> ll = left(l, c.unmatchedListed());
        String series = organisation ? seriesDiffer(lq, ll) : null;
        if (series != null) {
            return series;
        }
        String forms = differ(lq, ll, Token::legalForm);
        if (forms != null) {
            return "legal forms " + forms;
        }
        String initials = differ(lq, ll, Token::initial);
        return initials == null ? null : "initials " + initials;
    }

    /** Factor on a pair of organisation names of which only one carries a series numeral. */
    public static final double SERIES_CONFLICT = 0.8;

    /**
     * The Roman series numeral ("Bowne Global Solutions <em>II</em>") left over in one organisation name when the
     * other has none: a later member of a family of companies, not the first one, or {@code null}. Two different
     * numerals (two vintages of one fund, "Fund III" and "Fund IV") weigh {@link #SERIES} instead, and digits are
     * left out (a vessel's or a unit's number is often dropped, and is no Roman series).
     */
    static String seriesDiffer(List<Token> lq, List<Token> ll) {
        List<String> a = lq.stream().filter(PairRules::roman).map(Token::surface).toList();
        List<String> b = ll.stream().filter(PairRules::roman).map(Token::surface).toList();
        if (a.isEmpty() == b.isEmpty()) {
            return null;
        }
        // The other name's numeral may be one letter ("Partners IV" and "Partners V") or digits: a vintage too.
        if ((a.isEmpty() ? lq : ll).stream().anyMatch(PairRules::series)) {
            return null;
        }
        return "series numeral " + String.join(" ", a.isEmpty() ? b : a) + " in one name only";
    }

    /** A Roman numeral of two letters or more up to 39 ("ii", "viii", "xiv"): one letter is an initial. */
    private static boolean roman(Token t) {
        return !t.numeric() && t.key().length() >= 2 && series(t);
    }

    private static List<Token> left(List<Token> tokens, List<String> surfaces) {
        List<String> rest = new ArrayList<>(surfaces);
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) {
            if (rest.remove(t.surface())) {
                out.add(t);
            }
        }
        return out;
    }

    private static String differ(List<Token> q, List<Token> l, java.util.function.Predicate<Token> kind) {
        List<String> a = q.stream().filter(kind).map(Token::key).toList();
        List<String> b = l.stream().filter(kind).map(Token::key).toList();
        if (a.isEmpty() || b.isEmpty() || !java.util.Collections.disjoint(a, b)) {
            return null;
        }
        return String.join(" ", q.stream().filter(kind).map(Token::surface).toList()) + " and "
                + String.join(" ", l.stream().filter(kind).map(Token::surface).toList()) + " differ";
    }

    /** Digits, or a Roman numeral up to 39 ("ii", "viii", "xiv"). */
    public static boolean series(Token t) {
        if (t.numeric()) {
            return true;
        }
        String k = t.key();
        return !k.isEmpty() && k.length() <= 6 && k.matches("x{0,3}(ix|iv|v?i{0,3})");
    }

    /** The leftover rules for a pair of records' names. */
    public static Aligner.Leftovers leftovers(boolean organisation) {
        return (q, l) -> pair(q, l, organisation);
    }

    static TokenMatch pair(Token q, Token l, boolean organisation) {
        String a = q.key();
        String b = l.key();
        if (q.legalForm() != l.legalForm()) {
            Token form = q.legalForm() ? q : l;
            Token word = q.legalForm() ? l : q;
            String tag = misspeltForm(word);
            return tag != null && tag.equals(form.key())
                    ? new TokenMatch(q.surface(), l.surface(), MatchKind.LEGAL_FORM, 0, 1.0) : null;
        }
        if (ARTICLES.contains(a) && ARTICLES.contains(b) && !a.equals(b)) {
            return new TokenMatch(q.surface(), l.surface(), MatchKind.TRANSLITERATED, 0, 1.0);
        }
        if (!q.plain() || !l.plain() || q.syllabic() || l.syllabic()) {
            return null;
        }
        if (a.length() >= 5 && a.endsWith("s") != b.endsWith("s")) {
            // Latvian and Lithuanian give foreign names a nominative -s ("Sergejs Lavrovs" is Sergey Lavrov).
            Token shorter = a.endsWith("s") ? Normaliser.normalise(a.substring(0, a.length() - 1)).tokens().get(0) : q;
            Token other = a.endsWith("s") ? l : Normaliser.normalise(b.substring(0, b.length() - 1)).tokens().get(0);
            TokenMatch m = b.length() >= 5 ? TokenSimilarity.compare(shorter, other) : null;
            // Spelt alike, not only sounding alike ("Morales" less its s is not "Morillo").
            if (m != null && m.kind() != MatchKind.PHONETIC && m.edits() <= 1) {
                return new TokenMatch(q.surface(), l.surface(), MatchKind.TRANSLITERATED, 0, BALTIC * m.similarity());
            }
        }
        java.util.Set<String> ga = GIVEN_NAMES.get(a);
        java.util.Set<String> gb = GIVEN_NAMES.get(b);
        if (ga != null && gb != null && !java.util.Collections.disjoint(ga, gb)) {
            return new TokenMatch(q.surface(), l.surface(), MatchKind.TRANSLITERATED, 0, GIVEN_NAME);
        }
        if (a.length() >= 4 && a.length() == b.length() && sorted(a).equals(sorted(b))) {
            return new TokenMatch(q.surface(), l.surface(), MatchKind.EDITS, Edits.distance(a, b, a.length()), SCRAMBLED);
        }
        if (compoundPart(q, l) || compoundPart(l, q)) {
            return new TokenMatch(q.surface(), l.surface(), MatchKind.PART, 0, COMPOUND_PART);
        }
        if (organisation) {
            int n = Math.max(a.length(), b.length());
            int d = Edits.distance(a, b, n);
            double share = 1.0 - (double) d / n;
            if (share >= RESEMBLANCE_FLOOR) {
                return new TokenMatch(q.surface(), l.surface(), MatchKind.EDITS, d, RESEMBLANCE * share);
            }
        }
        return null;
    }

    /** Whether {@code part} is one part of {@code compound}'s hyphenated surface ("ilie" of "ilie-gabril"). */
    private static boolean compoundPart(Token part, Token compound) {
        String s = compound.surface();
        // A Korean or Chinese syllable ("Nam" of "Mun-Nam", "Chol" of "Yong-Chol") is not a given name of its own.
        if (s.indexOf('-') < 0 || part.key().length() < 4 || SYLLABLE.matcher(part.key()).matches()) {
            return false;
        }
        for (String p : s.split("-")) {
            List<Transliteration.Piece> pieces = new ArrayList<>(1);
            Transliteration.pieces(p, pieces);
            if (pieces.size() == 1 && pieces.get(0).ascii().equals(part.key())) {
                return true;
            }
        }
        return false;
    }

    /** The tag of the legal form a word misspells, within the edits screening allows a word of its length. */
    private static String misspeltForm(Token word) {
        String w = word.key();
        if (w.length() < 6) {
            return null;
        }
        return misspelt(w, LONG_FORMS, TokenSimilarity.allowedEdits(w.length()));
    }

    private static String sorted(String s) {
        char[] c = s.toCharArray();
        java.util.Arrays.sort(c);
        return new String(c);
    }

    /**
     * Reads consecutive words that spell a legal form of several words within one edit ("Joynt Stock Company")
     * as that form, as the normaliser reads the form spelt right.
     */
    public static List<Token> misspeltForms(List<Token> tokens) {
        List<Token> out = null;
        int i = 0;
        while (i < tokens.size()) {
            String tag = null;
            int n = Math.min(4, tokens.size() - i);
            for (; n >= 2 && tag == null; n--) {
                StringBuilder phrase = new StringBuilder();
                boolean plain = true;
                for (int k = i; k < i + n; k++) {
                    plain &= tokens.get(k).plain() && !tokens.get(k).syllabic();
                    phrase.append(k > i ? " " : "").append(tokens.get(k).key());
                }
                if (plain && phrase.length() >= 10) {
                    tag = misspelt(phrase.toString(), LONG_PHRASES, 1);
                }
            }
            if (tag == null) {
                if (out != null) {
                    out.add(tokens.get(i));
                }
                i++;
                continue;
            }
            n++; // the loop stepped past the length that matched
            if (out == null) {
                out = new ArrayList<>(tokens.subList(0, i));
            }
            StringBuilder form = new StringBuilder();
            StringBuilder surface = new StringBuilder();
            for (int k = i; k < i + n; k++) {
                form.append(tokens.get(k).key());
                surface.append(k > i ? " " : "").append(tokens.get(k).surface());
            }
            out.add(new Token(tag, form.toString(), surface.toString(), true, false));
            i += n;
        }
        return out == null ? tokens : out;
    }

    /** A cheap necessary condition for one edit or none: the first two letters agree, shifted by one at most. */
    private static boolean startsAlike(String a, String b, int allowed) {
        if (allowed > 1 || a.length() < 2 || b.length() < 2) {
            return true;
        }
        char a0 = a.charAt(0);
        char a1 = a.charAt(1);
        char b0 = b.charAt(0);
        char b1 = b.charAt(1);
        return a0 == b0 || a1 == b1 || a0 == b1 || a1 == b0;
    }

    private static String misspelt(String words, Map<Integer, List<String[]>> forms, int allowed) {
        for (int n = words.length() - allowed; n <= words.length() + allowed; n++) {
            for (String[] form : forms.getOrDefault(n, List.of())) {
                if (startsAlike(words, form[0], allowed) && Edits.distance(words, form[0], allowed) <= allowed) {
                    return form[1];
                }
            }
        }
        return null;
    }

    /**
     * Joins consecutive words of one name that the other writes as one word, within one edit ("van der bilt"
     * and "vanderbilt", "Plat Ono Vich" and "Platonovich", "Andrang Heta" and "'Ndrangheta"): the aligner
     * itself joins only two words that start alike.
     */
    public static List<Token> joined(List<Token> tokens, List<Token> other) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            int end = -1;
            for (int n = Math.min(4, tokens.size() - i); n >= 2 && end < 0; n--) {
                StringBuilder key = new StringBuilder();
                boolean plain = true;
                for (int k = i; k < i + n; k++) {
                    plain &= tokens.get(k).plain() && !tokens.get(k).syllabic();
                    key.append(tokens.get(k).key());
                }
                if (!plain || key.length() < 6) {
                    continue;
                }
                for (Token o : other) {
                    if (o.plain() && !o.syllabic() && Math.abs(o.key().length() - key.length()) <= 1
                            && Edits.distance(o.key(), key.toString(), 1) <= 1) {
                        end = i + n;
                        break;
                    }
                }
            }
            if (end < 0) {
                out.add(tokens.get(i++));
                continue;
            }
            StringBuilder key = new StringBuilder();
            StringBuilder surface = new StringBuilder();
            for (int k = i; k < end; k++) {
                key.append(tokens.get(k).key());
                surface.append(k > i ? " " : "").append(tokens.get(k).surface());
            }
            out.add(new Token(key.toString(), key.toString(), surface.toString(), false, false));
            i = end;
        }
        return out.size() == tokens.size() ? tokens : out;
    }

    /**
     * Replaces a word of one name that is the initials of consecutive words of the other ("PLA" and
     * "People's Liberation Army", "JC" and "Jean-Claude") by those words, and says which it replaced.
     *
     * @param expanded where the replaced acronyms are noted ("pla = peoples liberation army")
     */
    public static List<Token> acronyms(List<Token> tokens, List<Token> other, boolean organisation, List<String> expanded) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<Token> run = t.plain() && !t.syllabic() && t.key().length() >= 2 && t.key().length() <= 6
                    && other.stream().noneMatch(o -> o.key().equals(t.key())) ? initialsRun(t.key(), other, organisation) : null;
            if (run != null) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, i));
                }
                out.addAll(run);
                StringBuilder words = new StringBuilder();
                run.forEach(r -> words.append(words.length() == 0 ? "" : " ").append(r.surface()));
                expanded.add(t.surface() + " = " + words);
            } else if (out != null) {
                out.add(t);
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * Consecutive tokens whose initials (one per hyphenated part) spell {@code acronym}, or {@code null}. In a
     * person's name only one hyphenated word counts ("JC" for "Jean-Claude"): two letters standing for a given
     * name and a surname are initials, not an acronym.
     */
    private static List<Token> initialsRun(String acronym, List<Token> other, boolean organisation) {
        for (int start = 0; start < other.size(); start++) {
            StringBuilder initials = new StringBuilder();
            for (int end = start; end < other.size() && initials.length() < acronym.length(); end++) {
                Token o = other.get(end);
                if (!o.plain() || o.key().length() < 2) {
                    break;
                }
                for (String part : o.surface().split("-")) {
                    if (!part.isEmpty()) {
                        initials.append(Character.toLowerCase(part.charAt(0)));
                    }
                }
                if (initials.toString().equals(acronym) && (end > start || o.surface().indexOf('-') > 0)) {
                    return organisation || end == start ? other.subList(start, end + 1) : null;
                }
            }
        }
        return null;
    }
}
