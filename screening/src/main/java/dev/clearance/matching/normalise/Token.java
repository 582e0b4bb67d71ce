package dev.clearance.matching.normalise;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * One normalised word of a name.
 *
 * <p>{@code key} is what tokens are compared on: ASCII, lower case, with romanisation variants and
 * legal forms folded to one spelling. {@code surface} keeps the word as written (lower case, original
 * script) so explanations can tell an exact match from a transliterated one.
 */
public final class Token {
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(6);
        return m;
    });

    private final String key;
    private final String form;
    private final String surface;
    private final boolean legalForm;
    private final boolean abjad;
    private final String phonetic;
    private final String skeleton;
    private final boolean numeric;
    private final boolean syllable;
    private final boolean syllabic;
    private final boolean initial;
    /** The characters of {@link #key} and {@link #form}, one bit per {@code c & 63}: a cheap edit-distance bound. */
    private final long keyLetters;
    private final long formLetters;
    /** Whether {@link #key} equals {@link #form}, and whether none of the special rules (legal form, digits, syllable, initial) apply. */
    private final boolean keyIsForm;
    private final boolean plain;
    /** {@link TokenSimilarity#joinable}, worked out on first use (a benign race: the same string each time). */
    private String joinable;

    public Token(String key, String form, String surface, boolean legalForm, boolean abjad) {
        this(key, form, surface, legalForm, abjad, false);
    }

    public Token(String key, String form, String surface, boolean legalForm, boolean abjad, boolean syllable) {
        this(key, form, surface, legalForm, abjad, syllable, syllable);
    }

    public Token(String key, String form, String surface, boolean legalForm, boolean abjad, boolean syllable,
          boolean syllabic) {
        this.syllable = syllable;
        this.syllabic = syllabic;
        this.key = key;
        this.form = form;
        this.surface = surface;
        this.legalForm = legalForm;
        this.abjad = abjad;
        boolean alphabetic = !key.isEmpty();
        boolean digits = !key.isEmpty();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            alphabetic &= c >= 'a' && c <= 'z';
            digits &= c >= '0' && c <= '9';
        }
        this.numeric = digits;
        this.initial = key.length() == 1 && alphabetic;
        // Metaphone of one or two letters collides with half the dictionary: too weak to be evidence.
        this.phonetic = alphabetic && key.length() >= 3 && !legalForm ? METAPHONE.get().doubleMetaphone(key) : null;
        this.skeleton = alphabetic && !legalForm ? skeletonOf(key) : null;
        this.keyLetters = letters(key);
        this.formLetters = letters(form);
        this.keyIsForm = key.equals(form);
        this.plain = !legalForm && !numeric && !syllable && !initial;
    }

    boolean keyIsForm() {
        return keyIsForm;
    }

    public boolean plain() {
        return plain;
    }

    public String joinable() {
        String j = joinable;
        if (j == null) {
            j = TokenSimilarity.joinableOf(this);
            joinable = j;
        }
        return j;
    }

    private static long letters(String s) {
        long bits = 0;
        for (int i = 0; i < s.length(); i++) {
            bits |= 1L << (s.charAt(i) & 63);
        }
        return bits;
    }

    /**
     * A lower bound of the edit distance between two words with these character sets: every character
     * one word has and the other lacks must be substituted or deleted, one edit each, and one edit
     * removes at most one character of each word (characters sharing a bit only weaken the bound).
     */
    static int editLowerBound(long x, long y) {
        return Math.max(Long.bitCount(x & ~y), Long.bitCount(y & ~x));
    }

    long keyLetters() {
        return keyLetters;
    }

    long formLetters() {
        return formLetters;
    }

    /** Consonants only, doubles collapsed: how a vowel-less script (Arabic, Persian) writes a name. */
    static String skeletonOf(String s) {
        StringBuilder b = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouyw".indexOf(c) >= 0 || c == last) {
                continue;
            }
            b.append(c);
            last = c;
        }
        return b.length() >= 2 ? b.toString() : null;
    }

    /** The comparison form: ASCII lower case, variants and legal forms folded. */
    public String key() {
        return key;
    }

    /** The ASCII spelling before variants were folded ("sergei" where the key is "sergey"). */
    public String form() {
        return form;
    }

    /** The word as written, lower-cased, in its original script. */
    public String surface() {
        return surface;
    }

    /** Whether the token is a canonical legal-form tag (a weak token). */
    public boolean legalForm() {
        return legalForm;
    }

    /** Whether the word was written in a vowel-less script, so its consonant skeleton is what counts. */
    public boolean abjad() {
        return abjad;
    }

    /** A single letter standing for a word. */
    public boolean initial() {
        return initial;
    }

    /** One Chinese or Korean character: a closed set of syllables where one letter more is another word. */
    public boolean syllable() {
        return syllable;
    }

    /**
     * Written in Chinese characters or Hangul (one syllable or several): its romanisation is a string of
     * syllables from a closed set, so a letter more or less is another name, not a typo.
     */
    public boolean syllabic() {
        return syllabic;
    }

    /** Only digits. */
    public boolean numeric() {
        return numeric;
    }

    /** Double-Metaphone key, or {@code null} for short or non-alphabetic tokens. */
    public String phonetic() {
        return phonetic;
    }

    /** Consonant skeleton, or {@code null}. */
    public String skeleton() {
        return skeleton;
    }

    @Override
    public String toString() {
        return key.equals(surface) ? key : key + "(" + surface + ")";
    }
}
