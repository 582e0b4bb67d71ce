package dev.clearance.records;

import java.text.Normalizer;
import java.util.Locale;

/** Text normalisation shared by licences and fingerprints. */
public final class Names {
    private Names() {
    }

    /** NFKC, lower case, dots and apostrophes dropped ({@code K.K.} = {@code KK}), other punctuation to spaces, whitespace collapsed, trimmed. */
    public static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.appendCodePoint(cp);
            } else if (cp != '.' && cp != '\'' && cp != '\u2019') {
                space = true;
            }
        }
        return out.toString();
    }

    /** Control-list entry code: trimmed, upper case. */
    public static String entryCode(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    /** ISO 3166 alpha-2 code: trimmed, upper case, exactly two letters. */
    public static String country(String code) {
        String c = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        if (!c.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("not an ISO 3166 alpha-2 country code: " + code);
        }
        return c;
    }
}
