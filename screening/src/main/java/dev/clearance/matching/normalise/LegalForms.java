package dev.clearance.matching.normalise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Legal-form words and phrases, folded to a few canonical tags. Forms that mean the same kind of
 * company in different languages share a tag ({@code АО}, {@code JSC}, {@code AG}, {@code 株式会社} are
 * all joint-stock companies), so a translated or re-registered name still matches; all tags are weak.
 * The tables, with their sources, are the resource {@code legal-forms.txt}, not code.
 */
public final class LegalForms {
    /** Longest phrase length in words. */
    static final int MAX_WORDS;
    private static final Map<String, String> PHRASES = new HashMap<>();
    /** Native-script forms and their Latin replacement, longest first. */
    private static final Map<String, String> NATIVE = new LinkedHashMap<>();

    static {
        int longest = 1;
        List<String[]> natives = new ArrayList<>();
        for (String[] row : Tables.rows("legal-forms.txt")) {
            if (row[0].startsWith("=")) {
                natives.add(new String[] {row[0].substring(1), " " + row[1].strip() + " "});
                continue;
            }
            for (String phrase : Tables.expand(row[1])) {
                tag(row[0], phrase);
                longest = Math.max(longest, phrase.split(" ").length);
            }
        }
        // Places that qualify a company name ("(Hong Kong)", "Shenzhen") weigh as little as a legal form; each keeps
        // its own tag (Shenzhen is not Beijing), and none is read from dotted letters ("H. K." are initials).
        for (List<String> place : dev.clearance.lists.Places.all()) {
            String tag = placeWords(place.get(0)).replace(" ", "");
            for (String spelling : place) {
                String words = placeWords(spelling);
                PHRASES.putIfAbsent(words, tag);
                longest = Math.max(longest, words.split(" ").length);
            }
        }
        natives.sort((a, b) -> b[0].length() - a[0].length());
        natives.forEach(n -> NATIVE.put(n[0], n[1]));
        MAX_WORDS = longest;
    }

    private LegalForms() {
    }

    private static void tag(String tag, String p) {
        PHRASES.put(p, tag);
        // Dotted abbreviations arrive as single letters: "L.L.C." -> l l c.
        if (!p.contains(" ") && p.length() >= 2 && p.length() <= 4) {
            PHRASES.put(String.join(" ", p.split("")), tag);
        }
    }

    /** A place's spelling as the normaliser's words: lower case, apostrophes dropped, punctuation as spaces. */
    private static String placeWords(String spelling) {
        return spelling.toLowerCase(java.util.Locale.ROOT).replace("'", "").replaceAll("[^a-z0-9]+", " ").strip();
    }

    /** The tag for a phrase of normalised words, or {@code null}. */
    static String tagOf(List<String> words) {
        return PHRASES.get(String.join(" ", words));
    }

    /** Every form (a phrase of normalised words separated by spaces) with its tag. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(PHRASES);
    }

    /** Native-script forms, replaced before transliteration (their phonetic transliteration means nothing). */
    static String replaceNative(String text) {
        String s = text;
        for (Map.Entry<String, String> e : NATIVE.entrySet()) {
            if (s.contains(e.getKey())) {
                s = s.replace(e.getKey(), e.getValue());
            }
        }
        return s;
    }

    /** Reads the word tables shipped as resources beside this class. */
    public static final class Tables {
        private Tables() {
        }

        /** The tab-separated rows of a resource, without comments and blank lines. */
        public static List<String[]> rows(String resource) {
            return rows(resource, 2);
        }

        /** The rows of a resource with exactly {@code columns} tab-separated non-blank columns. */
        public static List<String[]> rows(String resource, int columns) {
            List<String[]> out = new ArrayList<>();
            try (InputStream in = LegalForms.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("resource missing: " + resource);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int n = 0;
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    n++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] row = line.split("\t", -1);
                    if (row.length != columns || java.util.Arrays.stream(row).anyMatch(String::isBlank)) {
                        throw new IllegalStateException(resource + ":" + n + ": expected " + columns
                                + " tab-separated columns");
                    }
                    out.add(row);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out;
        }

        /** Every phrase a pattern stands for: words separated by spaces, a word's spellings by '|'. */
        static List<String> expand(String pattern) {
            List<String> phrases = List.of("");
            for (String word : pattern.strip().split(" +")) {
                List<String> next = new ArrayList<>();
                for (String prefix : phrases) {
                    for (String spelling : word.split("\\|")) {
                        if (!spelling.isEmpty()) {
                            next.add(prefix.isEmpty() ? spelling : prefix + " " + spelling);
                        }
                    }
                }
                phrases = next;
            }
            return phrases;
        }
    }
}
