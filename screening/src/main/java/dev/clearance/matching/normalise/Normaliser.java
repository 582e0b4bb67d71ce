package dev.clearance.matching.normalise;

import com.ibm.icu.text.Normalizer2;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalises names for matching: NFKC, transliteration of every script to ASCII, case and punctuation
 * folding, tokenisation, legal-form tags, romanisation variants and honorifics. Stateless and
 * thread-safe.
 */
public final class Normaliser {
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private Normaliser() {
    }

    /** Normalises one name. Never returns {@code null}; a blank name gives no tokens. */
    public static NormalisedName normalise(String name) {
        return normalise(name, false);
    }

    /**
     * Normalises the name of a party known to be a person or not: a person's name reads two or three capitals
     * without a vowel as initials ("FM Smith"), which in other names are an abbreviation ("NPK Splav").
     */
    public static NormalisedName normalise(String name, boolean person) {
        return normalise(name, person, false);
    }

    /**
     * Normalises the name of a party known to be Russian, Belarusian or Ukrainian or not ({@code russian}: by its
     * country): such a name written in the German, French or GOST style is read as the lists spell it even without
     * a Russian legal form ({@link RussianStyles}).
     */
    public static NormalisedName normalise(String name, boolean person, boolean russian) {
        if (name == null || name.isBlank()) {
            return new NormalisedName(name == null ? "" : name, List.of());
        }
        NormalisedName written = normaliseAsWritten(name, person, russian);
        String pinyin = WadeGiles.pinyin(name);
        return pinyin == null ? written : inPinyin(written, normaliseAsWritten(pinyin, person, false));
    }

    /**
     * A Wade–Giles name compared in Pinyin: each word's key is its Pinyin reading, its form and surface stay as
     * written (edits still count on the spelling; the explanation shows the name as given) when the written name
     * has as many words as the Pinyin.
     */
    private static NormalisedName inPinyin(NormalisedName written, NormalisedName pinyin) {
        List<Token> w = written.tokens();
        List<Token> p = pinyin.tokens();
        if (w.size() != p.size()) {
            // Written, the name splits otherwise ("I-shan", "Pao-hsia" with its legal-form look-alike "pao"):
            // compared in Pinyin, shown in Pinyin.
            return new NormalisedName(written.text(), p);
        }
        List<Token> out = new ArrayList<>(w.size());
        for (int k = 0; k < w.size(); k++) {
            Token a = w.get(k);
            Token b = p.get(k);
            out.add(new Token(b.key(), a.form(), a.surface(), b.legalForm(), false, b.syllable(), b.syllabic()));
        }
        return new NormalisedName(written.text(), out);
    }

    private static NormalisedName normaliseAsWritten(String name, boolean person, boolean russian) {
        List<Transliteration.Piece> pieces = new ArrayList<>();
        boolean japanese = JapaneseNames.isJapanese(name);
        List<String> words = words(prepare(name));
        for (String word : words) {
            if (person && words.size() > 1 && Initials.capitals(word)) {
                // "FM Smith": a person's initials written together.
                for (int k = 0; k < word.length(); k++) {
                    String letter = String.valueOf(Character.toLowerCase(word.charAt(k)));
                    pieces.add(new Transliteration.Piece(letter, letter, false));
                }
                continue;
            }
            if (QueryReadings.registrationMark(word)) {
                // "YK-AND", "RA-96017": an aircraft's registration mark is one word, not a legal form and a stopword.
                String mark = word.replace("-", "").toLowerCase(java.util.Locale.ROOT);
                pieces.add(new Transliteration.Piece(mark, word.toLowerCase(java.util.Locale.ROOT), false));
                continue;
            }
            Transliteration.Piece last = null;
            for (String part : word.split("-")) {
                List<Transliteration.Piece> ps = new ArrayList<>(2);
                Transliteration.pieces(part, ps);
                if (japanese) {
                    ps = JapaneseNames.byKanji(ps);
                }
                // "Po-yang", "Jong-un", "Coca-Cola" are one word; "al-Rahman", "Forty-Four" are two.
                if (last != null && ps.size() == 1 && hyphenJoins(last) && hyphenJoins(ps.get(0))) {
                    Transliteration.Piece next = ps.get(0);
                    pieces.set(pieces.size() - 1, new Transliteration.Piece(last.ascii() + next.ascii(),
                            last.surface() + "-" + next.surface(), false));
                    last = null;
                    continue;
                }
                pieces.addAll(ps);
                last = ps.size() == 1 ? ps.get(0) : null;
            }
        }
        // A Russian name in the German, French or GOST style is compared as the lists spell it (RussianStyles).
        return new NormalisedName(name, RussianStyles.read(tokens(KoreanRomanisation.fold(pieces), person), russian));
    }

    private static String prepare(String name) {
        String s = Transliteration.isPlainAscii(name) ? name : NFKC.normalize(name);
        s = LegalForms.replaceNative(s);
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // Apostrophes join ("Qa'ida" is one word); an ampersand is the word "and".
            if (c == '\'' || c == '\u2019' || c == '\u02bc' || c == '`' || c == '\u00b4' || c == '\u02bb'
                    || c == '\u2018') {
                continue;
            }
            if (c == '&') {
                b.append(" and ");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static boolean hyphenJoins(Transliteration.Piece p) {
        String a = p.ascii();
        return a.length() >= 2 && !p.abjad() && !p.syllable() && a.chars().allMatch(c -> c >= 'a' && c <= 'z')
                && !NameVariants.particle(NameVariants.canonical(a)) && NameVariants.number(a) == null
                && !NameVariants.honorific(a) && LegalForms.tagOf(List.of(a)) == null && !a.equals("abd");
    }

    /** Splits on white space and punctuation; a hyphen between letters stays inside the word. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); ) {
            int cp = i < s.length() ? s.codePointAt(i) : ' ';
            boolean hyphen = (cp == '-' || cp == '\u2010' || cp == '\u2011') && start >= 0 && i + 1 < s.length()
                    && Character.isLetter(s.codePointBefore(i)) && Character.isLetter(s.codePointAt(i + 1));
            boolean part = hyphen || Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || Character.getType(cp) == Character.MODIFIER_LETTER;
            if (part && start < 0) {
                start = i;
            } else if (!part && start >= 0) {
                out.add(s.substring(start, i).replace('\u2010', '-').replace('\u2011', '-'));
                start = -1;
            }
            i += i < s.length() ? Character.charCount(cp) : 1;
        }
        return out;
    }

    private static List<Token> tokens(List<Transliteration.Piece> pieces, boolean person) {
        List<Token> out = new ArrayList<>(pieces.size());
        int i = 0;
        while (i < pieces.size()) {
            Transliteration.Piece p = pieces.get(i);
            String ascii = p.ascii();
            // Three or more dotted or spaced letters are one abbreviation ("A.B.C." is "abc") in an organisation's
            // name or alone; two, or more beside a person's name, are initials ("J. R. Smith", "A. N. A. Mahamud").
            if (ascii.length() == 1 && Character.isLetter(ascii.charAt(0)) && i + 1 < pieces.size()
                    && isLetter(pieces.get(i + 1)) && !Initials.ofPerson(pieces)) {
                StringBuilder joined = new StringBuilder(ascii);
                StringBuilder surface = new StringBuilder(p.surface());
                int k = i + 1;
                while (k < pieces.size() && isLetter(pieces.get(k))) {
                    k++;
                }
                // A run that ends in a legal form stops before it: "Fund V L.P." is fund V, L.P., not "vlp".
                for (int j = i + 1; j < k; j++) {
                    if (legalFormLength(pieces, j) == k - j) {
                        k = j;
                        break;
                    }
                }
                for (int j = i + 1; j < k; j++) {
                    joined.append(pieces.get(j).ascii());
                    surface.append(pieces.get(j).surface());
                }
                // A run that is itself a legal form ("L.L.C.") is left to the legal-form rule below.
                if (k > i + 2 && legalFormLength(pieces, i) != k - i) {
                    out.add(new Token(joined.toString(), joined.toString(), surface.toString(), false, false));
                    i = k;
                    continue;
                }
            }
            int legal = legalFormLength(pieces, i);
            // In a person's name, single letters that spell a legal form ("S. A. Al-Yusuf", "N. V. Petrov") are
            // initials: a person has no legal form.
            if (legal > 0 && person && lettersOnly(pieces, i, legal) && Initials.ofPerson(pieces)) {
                legal = 0;
            }
            if (legal > 0) {
                StringBuilder surface = new StringBuilder();
                List<String> words = new ArrayList<>();
                for (int k = i; k < i + legal; k++) {
                    surface.append(k > i ? " " : "").append(pieces.get(k).surface());
                    words.add(pieces.get(k).ascii());
                }
                out.add(new Token(LegalForms.tagOf(words), String.join("", words), surface.toString(), true, false));
                i += legal;
                continue;
            }
            if (NameVariants.stopword(ascii)) {
                i++;
                continue;
            }
            // "Abd al-Rahman", "Abdel Rahman" and "Abdul Rahman" are one name.
            if ((ascii.equals("abd") || ascii.equals("bd")) && i + 1 < pieces.size()
                    && (pieces.get(i + 1).ascii().equals("al") || pieces.get(i + 1).ascii().equals("el"))) {
                out.add(new Token("abdul", "abdul", p.surface() + " " + pieces.get(i + 1).surface(), false, p.abjad()));
                i += 2;
                continue;
            }
            String number = NameVariants.number(ascii);
            if (number == null && ascii.length() == 1 && ascii.charAt(0) >= '1' && ascii.charAt(0) <= '9') {
                number = ascii; // a unit written as a digit after a tens word: "Forty 4" is 44 too
            }
            if (number != null) {
                Token previous = out.isEmpty() ? null : out.get(out.size() - 1);
                // "forty four" is 44.
                if (previous != null && previous.numeric() && previous.key().length() == 2 && previous.key().endsWith("0")
                        && number.length() == 1 && !previous.surface().equals(previous.key())) {
                    out.set(out.size() - 1, new Token(previous.key().charAt(0) + number, ascii,
                            previous.surface() + " " + p.surface(), false, false));
                } else {
                    out.add(new Token(number, ascii, p.surface(), false, false));
                }
                i++;
                continue;
            }
            // A Cyrillic word keeps its letter-for-letter reading as its written form (see Transliteration).
            out.add(new Token(NameVariants.canonical(ascii), p.typed() != null ? p.typed() : ascii, p.surface(), false,
                    p.abjad(), p.syllable(), p.syllabic()));
            i++;
        }
        return withoutHonorifics(out);
    }

    private static boolean lettersOnly(List<Transliteration.Piece> pieces, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!isLetter(pieces.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(Transliteration.Piece p) {
        return p.ascii().length() == 1 && Character.isLetter(p.ascii().charAt(0));
    }

    private static int legalFormLength(List<Transliteration.Piece> pieces, int i) {
        for (int n = Math.min(LegalForms.MAX_WORDS, pieces.size() - i); n >= 1; n--) {
            List<String> words = new ArrayList<>(n);
            for (int k = i; k < i + n; k++) {
                words.add(pieces.get(k).ascii());
            }
            if (LegalForms.tagOf(words) != null) {
                return n;
            }
        }
        return 0;
    }

    /** Titles are dropped, unless dropping them would leave no name at all. */
    private static List<Token> withoutHonorifics(List<Token> tokens) {
        List<Token> kept = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (!NameVariants.honorific(t.key())) {
                kept.add(t);
            }
        }
        return kept.isEmpty() ? tokens : kept;
    }
}
