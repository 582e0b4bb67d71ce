package dev.clearance.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Japanese and Korean words (and English trade words) to the English words of the control list ({@code classification/terms.tsv}, each row
 * with its source). A description is read longest term first; the CJK text no term covers is reported, so that a
 * query the table cannot read says so instead of silently matching less.
 */
public final class TermTable {
    /** One row of the table. */
    public record Term(String term, String language, String english, String source) {
    }

    /** A description in English words: the given English, the terms found, the CJK text no term covers. */
    public record Reading(String english, List<Term> terms, List<String> unread) {
        public Reading {
            terms = List.copyOf(terms);
            unread = List.copyOf(unread);
        }
    }

    private final List<Term> longestFirst;

    private TermTable(List<Term> terms) {
        List<Term> t = new ArrayList<>(terms);
        t.sort(Comparator.comparingInt((Term x) -> x.term().length()).reversed());
        this.longestFirst = List.copyOf(t);
    }

    public static TermTable bundled() {
        return Holder.TABLE;
    }

    public List<Term> terms() {
        return longestFirst;
    }

    public Reading read(String description) {
        StringBuilder rest = new StringBuilder(description);
        List<Term> found = new ArrayList<>();
        StringBuilder english = new StringBuilder();
        for (Term t : longestFirst) {
            if (t.language().equals("en")) {
                // English trade words stay and bring the list's own words along (photoresist: resists).
                if (java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(t.term())
                        + "(?![\\p{L}\\p{N}])").matcher(rest).find()) {
                    found.add(t);
                    english.append(' ').append(t.english());
                }
                continue;
            }
            int at;
            boolean hit = false;
            while ((at = rest.indexOf(t.term())) >= 0) {
                rest.replace(at, at + t.term().length(), " ".repeat(t.term().length()));
                hit = true;
            }
            if (hit) {
                found.add(t);
                english.append(' ').append(t.english());
            }
        }
        List<String> unread = new ArrayList<>();
        StringBuilder latin = new StringBuilder();
        StringBuilder run = new StringBuilder();
        rest.codePoints().forEach(cp -> {
            if (cjk(cp)) {
                run.appendCodePoint(cp);
            } else {
                if (run.length() > 0) {
                    unread.add(run.toString());
                    run.setLength(0);
                }
                latin.appendCodePoint(cp);
            }
        });
        if (run.length() > 0) {
            unread.add(run.toString());
        }
        return new Reading((latin.toString().trim() + english).replaceAll("\\s+", " ").trim(), found, unread);
    }

    /** Han, kana and hangul: the scripts the table reads. Punctuation of those scripts counts as a separator. */
    static boolean cjk(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL;
    }

    static TermTable parse(String text) {
        List<Term> t = new ArrayList<>();
        for (String[] f : DataFiles.rows(text, 4, "terms.tsv")) {
            t.add(new Term(f[0], f[1], f[2], f[3]));
        }
        return new TermTable(t);
    }

    private static final class Holder {
        static final TermTable TABLE = parse(DataFiles.resource("classification/terms.tsv"));
    }
}
