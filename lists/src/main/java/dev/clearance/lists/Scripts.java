package dev.clearance.lists;

/** Tells Latin-script names from names in their original script (Cyrillic, Arabic, CJK ...). */
final class Scripts {
    private Scripts() {
    }

    /** True when every letter of the text is in the Latin script. */
    static boolean isLatin(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                Character.UnicodeScript script = Character.UnicodeScript.of(cp);
                if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
                        && script != Character.UnicodeScript.INHERITED) {
                    return false;
                }
            }
        }
        return true;
    }

    /** True when the text holds at least one letter outside the Latin script. */
    static boolean hasNonLatin(String text) {
        return !isLatin(text);
    }
}
