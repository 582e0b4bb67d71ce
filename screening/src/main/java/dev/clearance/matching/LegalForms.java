package dev.clearance.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Legal-form words and phrases, folded to a few canonical tags. Forms that mean the same kind of
 * company in different languages share a tag ({@code АО}, {@code JSC}, {@code AG}, {@code 株式会社} are
 * all joint-stock companies), so a translated or re-registered name still matches; all tags are weak.
 */
final class LegalForms {
    /** Longest phrase length in words. */
    static final int MAX_WORDS = 6;
    private static final Map<String, String> PHRASES = new HashMap<>();

    static {
        tag("jsc", "jsc", "ojsc", "cjsc", "pjsc", "ao", "oao", "zao", "pao", "nao", "ag", "sa", "spa", "nv", "asa",
                "aktiengesellschaft", "joint stock company", "open joint stock company", "closed joint stock company",
                "public joint stock company", "joint stock", "jointstock company", "aktsionernoye obshchestvo",
                "otkrytoye aktsionernoye obshchestvo", "zakrytoye aktsionernoye obshchestvo",
                "publichnoye aktsionernoye obshchestvo", "aktsionerne tovarystvo", "kabushiki kaisha", "kk",
                "jusikhoesa", "jusik hoesa", "chusik hoesa", "societe anonyme", "sociedad anonima", "societa per azioni",
                "gufen youxian gongsi", "plc", "public limited company");
        tag("llc", "llc", "ooo", "gmbh", "ltd", "limited", "limited liability company", "company limited", "co ltd",
                "corporation limited", "pte ltd", "pvt ltd", "private limited", "pty ltd", "sarl", "srl", "bv", "bvba",
                "spzoo", "sp z oo", "sp zoo", "sp z o o", "kft", "sro", "doo", "tov", "obshchestvo s ogranichennoy otvetstvennostyu",
                "tovarystvo z obmezhenoyu vidpovidalnistyu", "yugen kaisha", "yk", "youxian gongsi", "yuhan hoesa",
                "limited liability partnership", "gesellschaft mit beschrankter haftung", "societatea cu raspundere limitata", "sas", "ab", "as", "oy", "aps", "llp", "lp", "fze", "fzco", "fzc", "fz llc", "wll", "sdn bhd", "bhd");
        tag("inc", "inc", "incorporated", "corp", "corporation", "co", "company", "cie", "gongsi", "sharika",
                "sharikat", "sherkat");
        tag("gup", "gup", "fgup", "mup", "gosudarstvennoye unitarnoye predpriyatiye", "unitary enterprise",
                "federal state unitary enterprise", "state unitary enterprise");
    }

    private LegalForms() {
    }

    private static void tag(String tag, String... phrases) {
        for (String p : phrases) {
            PHRASES.put(p, tag);
            // Dotted abbreviations arrive as single letters: "L.L.C." -> l l c.
            if (!p.contains(" ") && p.length() >= 2 && p.length() <= 4) {
                PHRASES.put(String.join(" ", p.split("")), tag);
            }
        }
    }

    /** The tag for a phrase of normalised words, or {@code null}. */
    static String tagOf(List<String> words) {
        return PHRASES.get(String.join(" ", words));
    }

    /** Native-script forms, replaced before transliteration (their phonetic transliteration means nothing). */
    static String replaceNative(String text) {
        return text
                .replace("股份有限公司", " gufen youxian gongsi ")
                .replace("有限责任公司", " youxian gongsi ")
                .replace("有限公司", " youxian gongsi ")
                .replace("株式会社", " kabushiki kaisha ")
                .replace("有限会社", " yugen kaisha ")
                .replace("(주)", " jusikhoesa ")
                .replace("주식회사", " jusikhoesa ")
                .replace("유한회사", " yuhan hoesa ")
                .replace("شركة", " sharika ");
    }
}
