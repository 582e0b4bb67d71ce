package dev.clearance.matching.normalise;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Korean names in Hangul and in the romanisations lists and customers write them in: the Revised
 * Romanization (RR, "Gim Jeong-eun"), McCune–Reischauer (MR, "Kim Chŏng-ŭn", lists drop the breves and
 * apostrophes: "Kim Chong Un"), the North's 1992 system ("Jang Song Thaek") and customary spellings ("Lee",
 * "Park", "Choi"). Each Hangul syllable and each Latin syllable read in any of these systems has one
 * <em>fold</em>, a spelling that all of them meet in, so "Kim Jong-un", "Kim Chong Un", "Gim Jeong-eun" and
 * 김정은 all fold to "kim jongun". The tables, with their sources, are the resources
 * {@code korean-romanisation.txt} and {@code korean-surnames.txt}.
 *
 * <p>A Latin name is read as Korean only when every word parses as Korean syllables (at most three per word)
 * and its first or last word is a Korean family name: the fold merges consonants other names keep apart
 * ("Gang" and "Kang"), so it is kept to names that look Korean.
 */
public final class KoreanRomanisation {
    // Compiled once: replaceAll and split compiled these again for every name read.
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SPACES_HYPHENS = java.util.regex.Pattern.compile("[\\s-]+");
    private static final int INITIAL = 0;
    private static final int VOWEL = 1;
    private static final int FINAL = 2;
    private static final int[] COUNTS = {19, 21, 28};
    private static final String[] KINDS = {"initial", "vowel", "final"};

    /** Per kind and jamo index: the RR spelling, the MR spellings (word-initial first), the fold. */
    private static final String[][] RR = new String[3][];
    private static final String[][][] MR = new String[3][][];
    private static final String[][] FOLD = new String[3][];
    /** Per kind: every Latin spelling (accents and apostrophes dropped) with its fold, longest first. */
    private static final List<String[]>[] SPELLINGS;
    /** Per kind and first letter (a-z, then none): the spellings starting with it, longest first, then the empty one. */
    private static final String[][][][] BY_LETTER = new String[3][27][][];
    /** The folds of the family names, and the Hangul of the two-syllable ones. */
    private static final Set<String> SURNAMES = new HashSet<>();
    private static final Set<String> LONG_SURNAMES = new HashSet<>();
    /** The most syllables a word of a Korean name has when written joined ("Jongun", "Namgung"). */
    private static final int MAX_SYLLABLES = 3;

    static {
        @SuppressWarnings("unchecked")
        List<String[]>[] spellings = new List[3];
        SPELLINGS = spellings;
        List<List<String[]>> rows = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (String[] row : LegalForms.Tables.rows("korean-romanisation.txt", 6)) {
            int kind = List.of(KINDS).indexOf(row[0]);
            if (kind < 0) {
                throw new IllegalStateException("korean-romanisation.txt: unknown kind " + row[0]);
            }
            rows.get(kind).add(row);
        }
        for (int kind = 0; kind < 3; kind++) {
            List<String[]> table = rows.get(kind);
            if (table.size() != COUNTS[kind]) {
                throw new IllegalStateException("korean-romanisation.txt: " + table.size() + " " + KINDS[kind]
                        + " rows, expected " + COUNTS[kind]);
            }
            RR[kind] = new String[COUNTS[kind]];
            MR[kind] = new String[COUNTS[kind]][];
            FOLD[kind] = new String[COUNTS[kind]];
            Map<String, String> folds = new HashMap<>();
            for (int j = 0; j < table.size(); j++) {
                String[] row = table.get(j);
                RR[kind][j] = empty(row[2]);
                MR[kind][j] = empty(row[3]).split("\\|");
                FOLD[kind][j] = empty(row[5]);
                for (String column : List.of(row[2], row[3], row[4])) {
                    if (column == row[4] && column.equals("-")) {
                        continue; // no other spelling (in RR and MR, "-" is the empty spelling of ㅇ)
                    }
                    for (String spelling : empty(column).split("\\|")) {
                        String latin = plain(spelling);
                        String before = folds.putIfAbsent(latin, FOLD[kind][j]);
                        if (before != null && !before.equals(FOLD[kind][j])) {
                            throw new IllegalStateException("korean-romanisation.txt: " + KINDS[kind] + " spelling '"
                                    + latin + "' folds to both " + before + " and " + FOLD[kind][j]);
                        }
                    }
                }
            }
            List<String[]> list = new ArrayList<>();
            folds.forEach((latin, fold) -> list.add(new String[] {latin, fold}));
            list.sort(Comparator.comparingInt((String[] s) -> -s[0].length()).thenComparing(s -> s[0]));
            SPELLINGS[kind] = List.copyOf(list);
            for (int c = 0; c < 27; c++) {
                final int letter = c;
                // Spellings starting with the letter (longest first), then the empty spelling, as in the full list.
                BY_LETTER[kind][c] = list.stream().filter(x -> x[0].isEmpty()
                        || (letter < 26 && x[0].charAt(0) == 'a' + letter)).toArray(String[][]::new);
            }
        }
        for (String[] row : LegalForms.Tables.rows("korean-surnames.txt")) {
            for (String surname : row[1].strip().split(" +")) {
                SURNAMES.add(foldHangul(surname));
                if (surname.length() > 1) {
                    LONG_SURNAMES.add(surname);
                }
            }
        }
    }

    private KoreanRomanisation() {
    }

    private static String empty(String cell) {
        return cell.equals("-") ? "" : cell;
    }

    /** A spelling as the normaliser sees it: breves and apostrophes dropped, lower case. */
    private static String plain(String spelling) {
        String s = MARKS.matcher(Normalizer.normalize(spelling, Normalizer.Form.NFD)).replaceAll("");
        return s.replace("'", "").toLowerCase(Locale.ROOT);
    }

    /** Whether a code point is a precomposed Hangul syllable. */
    static boolean isSyllable(int cp) {
        return cp >= 0xAC00 && cp <= 0xD7A3;
    }

    /**
     * The fold of one syllable, by the South's initial-sound rule (두음법칙), which the North does not follow:
     * an initial ㄹ or ㄴ is silent before y, in every syllable, because a given name is written spaced ("Kuk
     * Ryol") as often as joined (극렬). At the start of a word 이, 리 and 니 fold to "ri" (as {@link NameVariants}
     * folds Lee, Rhee and Yi), and with a final consonant to a silent initial (임 and 림 are "im"); inside a word
     * they keep their letters ("Wei" stays "wei"). ㄹ before other vowels stays r ("Ra" is not folded to "Na": a
     * name with a typo elsewhere is not read as Korean and keeps "ra").
     */
    private static String foldSyllable(String initial, String vowel, String fin, boolean wordInitial) {
        String i = initial;
        if (wordInitial && vowel.equals("i") && (i.isEmpty() || i.equals("r") || i.equals("n"))) {
            i = fin.isEmpty() ? "r" : "";
        } else if ((i.equals("r") || i.equals("n")) && vowel.startsWith("y")) {
            i = "";
        }
        return i + vowel + fin;
    }

    private static String foldSyllable(int cp, boolean wordInitial) {
        int s = cp - 0xAC00;
        return foldSyllable(FOLD[INITIAL][s / 588], FOLD[VOWEL][(s % 588) / 28], FOLD[FINAL][s % 28], wordInitial);
    }

    /** The fold of one Hangul syllable, at the start of a word or inside one. */
    static String foldHangul(String syllable, boolean wordInitial) {
        int cp = syllable.codePointAt(0);
        return isSyllable(cp) ? foldSyllable(cp, wordInitial) : "";
    }

    /** The fold of a Hangul word (other characters are dropped): "김정은" → "kimchongun". */
    static String foldHangul(String hangul) {
        StringBuilder b = new StringBuilder(hangul.length() * 4);
        hangul.codePoints().filter(KoreanRomanisation::isSyllable)
                .forEach(cp -> b.append(foldSyllable(cp, b.isEmpty())));
        return b.toString();
    }

    /** A Latin word read as Korean syllables: its fold and the fold of each syllable. */
    public record Reading(String fold, List<String> parts) {
        int syllables() {
            return parts.size();
        }
    }

    /**
     * Reads a lower-case ASCII word as Korean syllables in any of the romanisations, preferring the longest
     * spelling at each step ("jongun" is "jong-un", not "jon-gun"); {@code null} when it is not one.
     */
    public static Reading read(String word) {
        if (word.isEmpty() || word.length() > 24) {
            return null;
        }
        List<String> parts = new ArrayList<>(MAX_SYLLABLES);
        return read(word, 0, parts, new boolean[word.length() + 1][MAX_SYLLABLES + 1])
                ? new Reading(String.join("", parts), List.copyOf(parts)) : null;
    }

    private static boolean read(String w, int at, List<String> parts, boolean[][] failed) {
        if (at == w.length()) {
            return true;
        }
        int count = parts.size();
        if (count >= MAX_SYLLABLES || failed[at][count]) {
            return false;
        }
        for (String[] initial : candidates(INITIAL, w, at)) {
            if (!w.startsWith(initial[0], at)) {
                continue;
            }
            int v = at + initial[0].length();
            for (String[] vowel : candidates(VOWEL, w, v)) {
                if (vowel[0].isEmpty() || !w.startsWith(vowel[0], v)) {
                    continue;
                }
                int f = v + vowel[0].length();
                for (String[] fin : candidates(FINAL, w, f)) {
                    if (!w.startsWith(fin[0], f)) {
                        continue;
                    }
                    int next = f + fin[0].length();
                    if (!customaryFits(vowel[0], fin[1], next == w.length())) {
                        continue;
                    }
                    parts.add(foldSyllable(initial[1], vowel[1], fin[1], at == 0));
                    if (read(w, next, parts, failed)) {
                        return true;
                    }
                    parts.remove(parts.size() - 1);
                }
            }
        }
        failed[at][count] = true;
        return false;
    }

    /** The spellings of a kind that may start at {@code at}: those with the letter there, then the empty one. */
    private static String[][] candidates(int kind, String w, int at) {
        char c = at < w.length() ? w.charAt(at) : 0;
        return BY_LETTER[kind][c >= 'a' && c <= 'z' ? c - 'a' : 26];
    }

    /** "ah", "oh" end a word ("Oh", and "Ahn" with its n); "ar" is ㅏ only before a final k ending the word (Park). */
    private static boolean customaryFits(String vowel, String fin, boolean last) {
        return switch (vowel) {
            case "oh" -> last && fin.isEmpty();
            case "ah" -> last && (fin.isEmpty() || fin.equals("n"));
            case "ar" -> last && fin.equals("k");
            default -> true;
        };
    }

    /** Whether a word reads as Korean once one letter is deleted: a typo in a Korean name ("Sonng", "Chooe"). */
    private static boolean typo(String word) {
        for (int k = 0; k < word.length() && word.length() > 2; k++) {
            if (read(word.substring(0, k) + word.substring(k + 1)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folds of a name's words when the name reads as Korean, else {@code null}: two to four words of Latin
     * letters, each one to three syllables, the first or the last a family name. In a name of three words or
     * more one word that reads as Korean only once a letter is deleted (a typo: "Jo Chol Sonng") keeps its
     * spelling, so that the others still meet their listed spelling.
     */
    public static List<String> foldName(List<String> words) {
        if (words.size() < 2 || words.size() > 4) {
            return null;
        }
        // Most names are not Korean: look for the family name at either end before reading the rest.
        if (!surname(words.get(0)) && !surname(words.get(words.size() - 1))) {
            return null;
        }
        List<String> out = new ArrayList<>(words.size());
        int[] counts = new int[words.size()];
        int unread = 0;
        for (int k = 0; k < words.size(); k++) {
            if (NameVariants.particle(NameVariants.canonical(words.get(k)))) {
                return null; // "bin", "al", "de": not a Korean name
            }
            Reading r = read(words.get(k));
            if (r == null) {
                unread += typo(words.get(k)) ? 1 : 2;
                out.add(words.get(k));
            } else {
                out.add(r.fold());
                counts[k] = r.syllables();
            }
        }
        if (unread > (words.size() >= 3 ? 1 : 0)) {
            return null;
        }
        int last = words.size() - 1;
        boolean surname = (counts[0] >= 1 && counts[0] <= 2 && SURNAMES.contains(out.get(0)))
                || (counts[last] >= 1 && counts[last] <= 2 && SURNAMES.contains(out.get(last)));
        return surname ? out : null;
    }

    private static boolean surname(String word) {
        if (word.length() > 8) {
            return false;
        }
        Reading r = read(word);
        return r != null && r.syllables() <= 2 && SURNAMES.contains(r.fold());
    }

    /**
     * The pieces of a name with each Latin word of a Korean name replaced by its fold, the spelling as written
     * kept as its typed form (so a typo still counts its edits on the spelling); other names unchanged.
     */
    static List<Transliteration.Piece> fold(List<Transliteration.Piece> pieces) {
        if (pieces.size() < 2 || pieces.size() > 4) {
            return pieces;
        }
        List<String> words = new ArrayList<>(pieces.size());
        for (Transliteration.Piece p : pieces) {
            if (p.abjad() || p.syllabic() || p.typed() != null || !lowerLetters(p.ascii())) {
                return pieces;
            }
            words.add(p.ascii());
        }
        List<String> folds = foldName(words);
        if (folds == null) {
            return pieces;
        }
        List<Transliteration.Piece> out = new ArrayList<>(pieces.size());
        for (int k = 0; k < pieces.size(); k++) {
            Transliteration.Piece p = pieces.get(k);
            out.add(new Transliteration.Piece(folds.get(k), p.surface(), false, false, false, p.ascii()));
        }
        return out;
    }

    private static boolean lowerLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return !s.isEmpty();
    }

    /**
     * The Hangul syllables a romanised syllable may stand for, in any of the systems (several: "jong" is 정,
     * 종, 쫑, 청, 총 ...); empty when it is not one syllable.
     */
    public static Set<String> hangul(String latin) {
        Reading r = read(plain(latin));
        Set<String> out = new LinkedHashSet<>();
        if (r == null || r.syllables() != 1) {
            return out;
        }
        for (int cp = 0xAC00; cp <= 0xD7A3; cp++) {
            if (foldSyllable(cp, true).equals(r.fold())) {
                out.add(new String(Character.toChars(cp)));
            }
        }
        return out;
    }

    /**
     * One Hangul spelling of a romanised Korean name (the first of the syllables each romanised syllable may
     * stand for), words kept apart: "Kim Jong Un" → "김 정 운"; {@code null} when a word is not Korean.
     */
    public static String toHangul(String latinName) {
        StringBuilder out = new StringBuilder();
        for (String word : SPACES_HYPHENS.split(plain(latinName))) {
            if (word.isEmpty()) {
                continue;
            }
            Reading r = read(word);
            if (r == null) {
                return null;
            }
            out.append(out.length() > 0 ? " " : "");
            for (int k = 0; k < r.syllables(); k++) {
                String part = r.parts().get(k);
                int found = -1;
                for (int cp = 0xAC00; cp <= 0xD7A3 && found < 0; cp++) {
                    // The plainest syllable: one whose fold does not depend on its place, with a simple final.
                    int fin = (cp - 0xAC00) % 28;
                    boolean simple = fin == 0 || fin == 1 || fin == 4 || fin == 8 || fin == 16 || fin == 17 || fin == 21;
                    if (simple && foldSyllable(cp, true).equals(foldSyllable(cp, false))
                            && foldSyllable(cp, k == 0).equals(part)) {
                        found = cp;
                    }
                }
                for (int cp = 0xAC00; cp <= 0xD7A3 && found < 0; cp++) {
                    if (foldSyllable(cp, k == 0).equals(part)) {
                        found = cp;
                    }
                }
                if (found < 0) {
                    return null;
                }
                out.appendCodePoint(found);
            }
        }
        return out.toString();
    }

    /**
     * A Hangul name in the Revised Romanization, the family name first and the given name's syllables
     * hyphenated as the rules allow for names: 김정은 → "Gim Jeong-eun".
     */
    public static String revised(String hangul) {
        return name(hangul, false);
    }

    /** A Hangul name in McCune–Reischauer, with its breves and apostrophes: 김정은 → "Kim Chŏng-ŭn". */
    public static String mccuneReischauer(String hangul) {
        return name(hangul, true);
    }

    private static String name(String hangul, boolean mr) {
        List<Integer> syllables = hangul.codePoints().filter(KoreanRomanisation::isSyllable).boxed().toList();
        if (syllables.isEmpty()) {
            return "";
        }
        int family = syllables.size() >= 3 && LONG_SURNAMES.contains(hangul.strip().substring(0, 2)) ? 2 : 1;
        if (syllables.size() == 1) {
            return capital(word(syllables, mr));
        }
        StringBuilder given = new StringBuilder();
        List<Integer> rest = syllables.subList(family, syllables.size());
        for (int k = 0; k < rest.size(); k++) {
            // Given names are written syllable by syllable, hyphenated; MR voices a plain consonant after a
            // voiced sound across the hyphen ("Tae-jung").
            given.append(k > 0 ? "-" : "").append(syllable(rest.get(k), mr, k > 0 && voiced(rest.get(k - 1))));
        }
        return capital(word(syllables.subList(0, family), mr)) + " " + capital(given.toString());
    }

    private static String word(List<Integer> syllables, boolean mr) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < syllables.size(); k++) {
            b.append(syllable(syllables.get(k), mr, k > 0 && voiced(syllables.get(k - 1))));
        }
        return b.toString();
    }

    /** Whether a syllable ends in a vowel or a voiced consonant (n, l, m, ng). */
    private static boolean voiced(int cp) {
        int fin = (cp - 0xAC00) % 28;
        return fin == 0 || fin == 4 || fin == 8 || fin == 16 || fin == 21;
    }

    private static String syllable(int cp, boolean mr, boolean afterVoiced) {
        int s = cp - 0xAC00;
        int i = s / 588;
        int v = (s % 588) / 28;
        int f = s % 28;
        if (!mr) {
            return RR[INITIAL][i] + RR[VOWEL][v] + RR[FINAL][f];
        }
        String[] initial = MR[INITIAL][i];
        String init = afterVoiced && initial.length > 1 ? initial[1] : initial[0];
        String vowel = MR[VOWEL][v][0];
        // MR writes ㅅ as "sh" before i and wi ("Shin", "shwi").
        if (init.equals("s") && (vowel.startsWith("i") || vowel.startsWith("wi"))) {
            init = "sh";
        }
        return init + vowel + MR[FINAL][f][0];
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
