package dev.clearance.matching.score;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.explain.MatchKind;
import dev.clearance.matching.explain.TokenMatch;
import dev.clearance.matching.normalise.NameVariants;
import dev.clearance.matching.normalise.NormalisedName;
import dev.clearance.matching.normalise.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a name says who someone is. A name made of legal forms alone ("Joint Stock Company", "有限会社", "GmbH")
 * names no one, and a name made of legal forms and generic organisation words alone ("Trading Co., Ltd.",
 * "International Group") names no one either: such a listed name is not indexed, and such a query is refused (at
 * the way in, {@link PartyInput#name}, when nothing but one generic word is left) or, screened directly, matches
 * only a listed name that is the same words.
 */
public final class Screenable {
    private Screenable() {
    }

    /** Every word a legal form (or a name particle): nothing left that names the party. */
    public static boolean onlyForms(List<Token> tokens) {
        for (Token t : tokens) {
            if (!t.legalForm() && !NameVariants.particle(t.key())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Too little to screen on: every word a legal form or a particle, save at most one generic organisation word
     * ("GmbH", "Co., Ltd.", "Trading Company", "Holdings Inc."). A name of several generic words ("Oil Industry
     * Investment Company") may be a listed name itself: it is screened, whole names only ({@link #tooGeneric}).
     */
    public static boolean nothingToScreen(List<Token> tokens) {
        int generic = 0;
        for (Token t : tokens) {
            if (!t.legalForm() && !NameVariants.particle(t.key())) {
                if (!generic(t) || ++generic > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Every word a legal form, a particle or a generic organisation word ("trading", "international", "bank"). */
    public static boolean tooGeneric(List<Token> tokens) {
        for (Token t : tokens) {
            if (!t.legalForm() && !NameVariants.particle(t.key()) && !generic(t)) {
                return false;
            }
        }
        return true;
    }

    /** Every word of both names matched as written, transliterated or as the same legal form; none left over. */
    public static boolean sameWords(Explanation x) {
        if (!x.queryOnly().isEmpty() || !x.listedOnly().isEmpty()) {
            return false;
        }
        for (TokenMatch m : x.tokens()) {
            if (m.kind() != MatchKind.EXACT && m.kind() != MatchKind.TRANSLITERATED && m.kind() != MatchKind.LEGAL_FORM) {
                return false;
            }
        }
        return true;
    }

    private static boolean generic(Token t) {
        return TokenWeights.GENERIC.contains(t.key()) || NameVariants.organisationWord(t.key());
    }

    /** The name with its legal-form words read as the letters written ("SL" of a weak alias is not a legal form). */
    public static NormalisedName literal(NormalisedName n) {
        List<Token> out = new ArrayList<>(n.tokens().size());
        for (Token t : n.tokens()) {
            out.add(t.legalForm() ? new Token(t.form(), t.form(), t.surface(), false, false) : t);
        }
        return new NormalisedName(n.text(), out);
    }
}
