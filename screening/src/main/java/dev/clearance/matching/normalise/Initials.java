package dev.clearance.matching.normalise;

import java.util.List;

/**
 * A person's given names reduced to initials: "F. M. Surname", "F.M. Surname", "FM Surname", "Surname F. M.".
 * Each initial is a token of its own, which the scorer lets stand for a given name with that first letter; a
 * run of letters is an abbreviation ("A.B.C. Trading", "IBM") only in an organisation's name or alone.
 */
public final class Initials {
    private Initials() {
    }

    /**
     * Whether a word as written is a person's initials run together: two or three capitals without a vowel
     * ("FM", "JRR"), and not a legal form ("LLC"), an organisation word or the family name "Ng".
     */
    public static boolean capitals(String word) {
        if (word.length() < 2 || word.length() > 3 || word.equals("NG")) {
            return false; // "Ng" is a family name
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'A' || c > 'Z' || "AEIOUY".indexOf(c) >= 0) {
                return false;
            }
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        return LegalForms.tagOf(List.of(lower)) == null && !NameVariants.organisationWord(NameVariants.canonical(lower))
                && NameVariants.number(lower) == null;
    }

    /**
     * Whether single letters in these pieces are a person's initials: beside them stand one to three words of two
     * letters or more, none a legal form or an organisation word.
     */
    static boolean ofPerson(List<Transliteration.Piece> pieces) {
        int words = 0;
        for (Transliteration.Piece p : pieces) {
            String a = p.ascii();
            if (a.length() < 2) {
                continue;
            }
            if (LegalForms.tagOf(List.of(a)) != null || NameVariants.organisationWord(NameVariants.canonical(a))
                    || a.chars().anyMatch(Character::isDigit)) {
                return false;
            }
            words++;
        }
        return words >= 1 && words <= 3;
    }
}
