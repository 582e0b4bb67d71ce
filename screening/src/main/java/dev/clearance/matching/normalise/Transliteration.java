package dev.clearance.matching.normalise;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns a word in any script into lower-case ASCII pieces, one script run at a time, because each
 * script needs its own rules: Russian BGN for Cyrillic (what the lists use), one syllable per Han or
 * Hangul character (lists write "KIM JONG UN", "XI JINPING"), epenthetic vowels dropped from katakana
 * loan words, and consonant skeletons for Arabic.
 */
public final class Transliteration {
    /** A piece of a word after transliteration. */
    public record Piece(String ascii, String surface, boolean abjad, boolean syllable, boolean syllabic, String typed) {
        Piece(String ascii, String surface, boolean abjad) {
            this(ascii, surface, abjad, false, false, null);
        }

        Piece(String ascii, String surface, boolean abjad, boolean syllable) {
            this(ascii, surface, abjad, syllable, syllable, null);
        }

        Piece(String ascii, String surface, boolean abjad, boolean syllable, boolean syllabic) {
            this(ascii, surface, abjad, syllable, syllabic, null);
        }
    }

    /**
     * Cyrillic read back letter for letter, the way a clerk types a Latin name in Cyrillic (х for h, в for v or w,
     * и for i or y, ж for j): "Хектор Охеда" is "hektor oheda", meeting "Hector Ojeda" where the Russian
     * system's "khektor okheda" does not.
     */
    private static final String CYRILLIC_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў";
    private static final String[] TYPED = {"a", "b", "v", "g", "d", "e", "e", "j", "z", "i", "y", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "h", "c", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya", "i", "yi", "ye",
        "g", "w"};

    static String typedCyrillic(String text) {
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = Character.toLowerCase(text.charAt(i));
            int k = CYRILLIC_LETTERS.indexOf(c);
            b.append(k >= 0 ? TYPED[k] : String.valueOf(c));
        }
        return b.toString();
    }

    private static final ThreadLocal<Transliterator> CYRILLIC =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII"));
    private static final ThreadLocal<Transliterator> ANY =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private Transliteration() {
    }

    /** Words already transliterated: ICU takes up to a millisecond on a Thai or Devanagari word. */
    private static final Map<String, List<Piece>> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 200_000;

    /** Transliterates one whitespace-free word; pieces are split on anything not a letter or digit. */
    public static void pieces(String word, List<Piece> out) {
        if (isPlainAscii(word)) {
            split(word.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT), false, out);
            return;
        }
        List<Piece> cached = CACHE.get(word);
        if (cached == null) {
            List<Piece> fresh = new ArrayList<>(2);
            transliterate(word, fresh);
            cached = List.copyOf(fresh);
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.put(word, cached);
            }
        }
        out.addAll(cached);
    }

    private static void transliterate(String word, List<Piece> out) {
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int script = scriptGroup(cp);
            int j = i + Character.charCount(cp);
            while (j < word.length() && (scriptGroup(word.codePointAt(j)) == script
                    || isNeutral(word.codePointAt(j)))) {
                j += Character.charCount(word.codePointAt(j));
            }
            if (script == UScript.HAN || script == UScript.HANGUL) {
                syllables(word.substring(i, j), script, out);
            } else {
                run(word.substring(i, j), script, out);
            }
            i = j;
        }
    }

    /**
     * Chinese and Korean names are written without spaces: one syllable stands alone, two are a given
     * name ("Jinping"), three or more are a family name and a given name ("Xi Jinping", "Kim Jong-un").
     */
    private static void syllables(String text, int script, List<Piece> out) {
        int count = text.codePointCount(0, text.length());
        List<String> chars = new ArrayList<>(count);
        List<String> latin = new ArrayList<>(count);
        int given = count == 2 ? 0 : 1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String c = new String(Character.toChars(cp));
            chars.add(c);
            // Hangul folds to the spelling every Korean romanisation meets in (KoreanRomanisation).
            // The family name and the given name each start a word.
            boolean wordInitial = chars.size() == 1 || chars.size() == given + 1;
            latin.add(script == UScript.HANGUL && KoreanRomanisation.isSyllable(cp)
                    ? KoreanRomanisation.foldHangul(c, wordInitial) : ascii(ANY.get(), c).replaceAll("[^a-z0-9]", ""));
            i += Character.charCount(cp);
        }
        if (count == 1) {
            out.add(new Piece(latin.get(0), chars.get(0), false, true));
            return;
        }
        if (given == 1) {
            out.add(new Piece(latin.get(0), chars.get(0), false, true));
        }
        out.add(new Piece(String.join("", latin.subList(given, count)), String.join("", chars.subList(given, count)),
                false, false, true));
    }

    private static void run(String text, int script, List<Piece> out) {
        String surface = text.toLowerCase(Locale.ROOT);
        switch (script) {
            case UScript.LATIN -> split(ascii(ANY.get(), text), surface, false, out);
            case UScript.CYRILLIC -> cyrillic(text, surface, out);
            case UScript.ARABIC -> arabic(text, surface, out);
            case UScript.KATAKANA -> split(japanese(ascii(ANY.get(), text)), surface, false, out);
            default -> split(ascii(ANY.get(), text), surface, false, out);
        }
    }

    private static void cyrillic(String text, String surface, List<Piece> out) {
        int from = out.size();
        // BGN writes the soft and hard signs as primes and a separating dot (Ulʹyanovsk, t·s): marks inside a
        // word, not between words ("Ulyanovsk" as the lists and the other systems write it).
        split(ascii(CYRILLIC.get(), text).replace("'", "").replace("\"", "").replace("\u00b7", ""), surface, false,
                out);
        List<Piece> typed = new ArrayList<>(2);
        split(ascii(ANY.get(), typedCyrillic(text)), surface, false, typed);
        if (typed.size() == out.size() - from) {
            for (int k = 0; k < typed.size(); k++) {
                Piece p = out.get(from + k);
                out.set(from + k, new Piece(p.ascii(), p.surface(), false, false, false, typed.get(k).ascii()));
            }
        }
    }

    private static void arabic(String text, String surface, List<Piece> out) {
        // Ta marbuta is a vowel ending ("Usama"), not a t; ain carries no Latin letter in most romanisations.
        String prepared = text.replace('\u0629', '\u0627').replace("\u0639", "");
        String ascii = ascii(ANY.get(), prepared);
        // The article is written joined in Arabic and hyphenated or spaced in Latin ("al-Rahman").
        if (ascii.startsWith("al") && ascii.length() > 4) {
            split("al", surface, true, out);
            ascii = ascii.substring(2);
        }
        split(ascii, surface, true, out);
    }

    /** Drops the u that katakana adds after a consonant cluster ("gasupuromu" → "gasprom"). */
    static String japanese(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean epenthetic = c == 'u' && i > 0 && "kgszbpmfr".indexOf(s.charAt(i - 1)) >= 0
                    && (i == s.length() - 1 || isConsonant(s.charAt(i + 1)));
            if (!epenthetic) {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean isConsonant(char c) {
        return c >= 'a' && c <= 'z' && "aeiou".indexOf(c) < 0;
    }

    private static String ascii(Transliterator t, String text) {
        return t.transliterate(text).toLowerCase(Locale.ROOT);
    }

    private static void split(String ascii, String surface, boolean abjad, List<Piece> out) {
        int start = -1;
        List<String> parts = new ArrayList<>(2);
        for (int i = 0; i <= ascii.length(); i++) {
            char c = i < ascii.length() ? ascii.charAt(i) : ' ';
            boolean keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (keep && start < 0) {
                start = i;
            } else if (!keep && start >= 0) {
                parts.add(ascii.substring(start, i));
                start = -1;
            }
        }
        for (String p : parts) {
            out.add(new Piece(p, parts.size() == 1 ? surface : p, abjad));
        }
    }

    static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Combining marks and the katakana long-vowel bar belong to the run they are in. */
    private static boolean isNeutral(int cp) {
        int s = UScript.getScript(cp);
        return s == UScript.INHERITED || (s == UScript.COMMON && Character.getType(cp) == Character.MODIFIER_LETTER);
    }

    /** The script family a code point belongs to; digits and marks go with Latin. */
    private static int scriptGroup(int cp) {
        int s = UScript.getScript(cp);
        return switch (s) {
            case UScript.COMMON, UScript.INHERITED, UScript.LATIN -> UScript.LATIN;
            case UScript.HIRAGANA, UScript.KATAKANA -> UScript.KATAKANA;
            case UScript.ARABIC, UScript.SYRIAC, UScript.THAANA -> UScript.ARABIC;
            default -> s;
        };
    }
}
