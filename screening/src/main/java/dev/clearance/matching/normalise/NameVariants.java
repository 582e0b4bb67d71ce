package dev.clearance.matching.normalise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common romanisation variants folded to one spelling, honorifics that are not part of a name, and
 * particles that are part of it but say little.
 */
public final class NameVariants {
    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame",
            "sheikh", "shaikh", "sheik", "shaykh", "haji", "hajji", "alhaj", "alhaji", "mullah", "mulla", "maulana",
            "maulvi", "mawlawi", "monsieur", "madame", "mme", "herr", "frau", "gen", "general", "col", "colonel",
            "capt", "captain", "lt", "major", "sayyid", "sayed", "syed", "imam", "hon", "honorable", "rev", "mister", "president", "prime", "minister");
    private static final Set<String> STOPWORDS = Set.of("the", "and", "of", "und", "et", "y", "for");
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "bin", "bint", "abu", "umm", "de", "la",
            "le", "del", "della", "da", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "ter", "ibn",
            "ould", "ur", "ud", "ad", "ar", "as", "ash", "at", "az", "us", "binti", "bte", "mac");

    static {
        variants("muhammad", "mohammed", "mohammad", "muhammed", "mohamed", "mohamad", "muhamad", "mohd", "mhd",
                "muhamed", "mohamud", "muhammet", "mohammod", "mhmd", "mohamme");
        variants("ahmad", "ahmed", "ahmet", "ahmd");
        variants("husayn", "hussein", "hussain", "husain", "hosein", "hossein", "husein", "hussin", "hsyn");
        variants("hasan", "hassan", "hasen", "hassen");
        variants("abdul", "abdel", "abdoul", "abdal", "abdol", "abdulla");
        variants("usama", "osama", "oussama", "ousama");
        variants("yusuf", "yousef", "youssef", "yusef", "yousuf", "youssouf", "yosef");
        variants("umar", "omar", "omer");
        variants("mustafa", "mostafa", "moustafa", "mustapha", "mostapha");
        variants("abdullah", "abdallah", "abdulah", "abdollah");
        variants("bin", "ibn", "ben", "bn", "ibin");
        variants("abu", "abou", "abo");
        variants("sergey", "sergei", "sergej", "serguei");
        variants("aleksandr", "alexander", "aleksander", "alexandr", "oleksandr", "aleksandar", "alexandre");
        variants("yuriy", "yuri", "yury", "iouri", "yurii", "iurii");
        variants("dmitriy", "dmitry", "dmitri", "dmitrii");
        variants("andrey", "andrei", "andrii", "andriy");
        variants("nikolay", "nikolai", "mykola");
        variants("aleksey", "alexey", "aleksei", "alexei", "oleksiy", "oleksii");
        variants("yevgeniy", "evgeny", "yevgeny", "evgeniy", "evgenii", "yevgenii");
        variants("mikhail", "michail", "mykhailo");
        variants("vladimir", "wladimir", "volodymyr");
        variants("yelena", "elena", "olena");
        variants("tatyana", "tatiana", "tetiana");
        variants("natalya", "natalia", "nataliya");
        variants("qaida", "qaeda");
        variants("sayf", "saif", "seif");
        variants("khalid", "khaled");
        variants("jamal", "gamal");
        variants("mahmud", "mahmoud", "mahmood");
        variants("mahdi", "mehdi");
        variants("ali", "aly");
        variants("ri", "lee", "rhee", "yi");
        variants("choi", "choe");
        variants("pak", "park", "bak");
    }

    /** Canonical spellings of organisation words ("intl" is "international"), from organisation-words.txt. */
    private static final Set<String> ORGANISATION_WORDS = new java.util.HashSet<>();

    static {
        for (String[] row : LegalForms.Tables.rows("organisation-words.txt")) {
            String canonical = row[0].strip();
            ORGANISATION_WORDS.add(canonical);
            CANONICAL.putIfAbsent(canonical, canonical);
            for (String v : row[1].split("\\|")) {
                if (!v.isBlank()) {
                    CANONICAL.putIfAbsent(v.strip(), canonical);
                }
            }
        }
    }

    private static final Map<String, String> NUMBERS = new HashMap<>();

    static {
        String[] units = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"};
        String[] ordinals = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"};
        String[] suffixed = {"0th", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th"};
        for (int i = 0; i < units.length; i++) {
            NUMBERS.put(units[i], Integer.toString(i));
            NUMBERS.put(ordinals[i], Integer.toString(i));
            NUMBERS.put(suffixed[i], Integer.toString(i));
        }
        String[] tens = {"twenty", "thirty", "forty", "fourty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        int[] values = {20, 30, 40, 40, 50, 60, 70, 80, 90};
        for (int i = 0; i < tens.length; i++) {
            NUMBERS.put(tens[i], Integer.toString(values[i]));
        }
    }

    private NameVariants() {
    }

    /** The digits a number word stands for ("first", "1st", "one" → "1"), or {@code null}. */
    static String number(String word) {
        return NUMBERS.get(word);
    }

    private static void variants(String canonical, String... others) {
        CANONICAL.put(canonical, canonical);
        for (String o : others) {
            CANONICAL.put(o, canonical);
        }
    }

    /** Endings folded by spelling-families.txt: variant → canonical, longest first. */
    private static final List<String[]> SUFFIXES = new ArrayList<>();
    /** Letters folded before a vowel by spelling-families.txt: {from, to}. */
    private static final List<String[]> LETTERS = new ArrayList<>();

    static {
        for (String[] row : LegalForms.Tables.rows("spelling-families.txt", 3)) {
            String kind = row[0].strip();
            String canonical = row[1].strip();
            switch (kind) {
                case "word" -> {
                    CANONICAL.putIfAbsent(canonical, canonical);
                    for (String v : row[2].split("\\|")) {
                        CANONICAL.putIfAbsent(v.strip(), canonical);
                    }
                }
                case "suffix" -> {
                    for (String v : row[2].split("\\|")) {
                        SUFFIXES.add(new String[] {v.strip(), canonical});
                    }
                }
                case "letters" -> LETTERS.add(new String[] {row[2].strip(), canonical});
                default -> throw new IllegalStateException("spelling-families.txt: unknown kind " + kind);
            }
        }
        SUFFIXES.sort((a, b) -> b[0].length() - a[0].length());
    }

    /** The canonical spelling of a word, or the word itself. */
    static String canonical(String word) {
        String c = CANONICAL.get(word);
        if (c != null) {
            return c;
        }
        String w = spellingFamily(word);
        return w.equals(word) ? word : CANONICAL.getOrDefault(w, w);
    }

    /** The word with the letters and endings of spelling-families.txt folded ("ghasemi" is "qasemi"). */
    private static String spellingFamily(String word) {
        String w = word;
        for (String[] l : LETTERS) {
            int at = w.indexOf(l[0]);
            while (at >= 0) {
                int after = at + l[0].length();
                // At the word's start or between vowels only: "Ghasemi", "Sadeghi"; not "Jeong-hyeok" read "chonghyok".
                if (after < w.length() && "aeiou".indexOf(w.charAt(after)) >= 0
                        && (at == 0 || "aeiou".indexOf(w.charAt(at - 1)) >= 0)) {
                    w = w.substring(0, at) + l[1] + w.substring(after);
                    after = at + l[1].length();
                }
                at = w.indexOf(l[0], after);
            }
        }
        for (String[] s : SUFFIXES) {
            if (w.length() >= s[0].length() + 3 && w.endsWith(s[0])) {
                return w.substring(0, w.length() - s[0].length()) + s[1];
            }
        }
        return w;
    }

    /** Whether a key is one of the common organisation words (canonical spelling): they say little on identity. */
    public static boolean organisationWord(String key) {
        return ORGANISATION_WORDS.contains(key);
    }

    static boolean honorific(String word) {
        return HONORIFICS.contains(word);
    }

    static boolean stopword(String word) {
        return STOPWORDS.contains(word);
    }

    /** Name particles: part of the name but common enough to weigh little. */
    public static boolean particle(String key) {
        return PARTICLES.contains(key);
    }
}
