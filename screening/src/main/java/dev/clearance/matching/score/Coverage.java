package dev.clearance.matching.score;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.matching.normalise.NameVariants;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.normalise.TokenSimilarity;
import java.util.List;
import java.util.Locale;

/**
 * How much of one name the other covers. A one-word name against a name of several words ("John" against
 * "John Richardson", "Sierra" against "Tierra Holdings Group") leaves most of the longer name unexplained:
 * such a score is cut below a full match, unless the single word is rare in the lists (a distinctive
 * organisation name such as "Rosoboronexport" identifies its bearer alone). A person's single name is a
 * given name, a nickname or a nom de guerre and never counts as rare.
 */
public final class Coverage {
    /** Factor on a one-word person name against several words (or the reverse): 0.85 becomes 0.68. */
    static final double PERSON = 0.8;
    /** Factor on a one-word organisation name that is not rare in the lists. */
    static final double ORGANISATION = 0.86;

    private Coverage() {
    }

    /**
     * The factor on a name score, 1 when both names have several content words or one each.
     *
     * @param wl       weights of the listed tokens, {@code null} when no list is behind them (pairs)
     * @param lists    the word statistics of the lists, to tell a rare single word ({@code null}: nothing is rare)
     * @param person   whether either side is known to be a person
     */
    public static double factor(List<Token> q, List<Token> l, TokenWeights lists, boolean person) {
        return patronymic(q, l) * words(q, l, lists, person);
    }

    private static double words(List<Token> q, List<Token> l, TokenWeights lists, boolean person) {
        int cq = content(q);
        int cl = content(l);
        if (cq > cl && cl >= 1 && syllabic(q)) {
            // A Chinese or Korean name is a family name and a given name: a whole extra given name in the
            // query ("영철 하윤 김" against "Yong-Chol KIM") names someone else, not a middle name left out.
            return EXTRA_GIVEN_NAME;
        }
        if (cq == 1 && cl == 1) {
            return person || !thin(single(q), single(l)) ? 1.0 : SINGLE_FUZZY;
        }
        if (!((cq >= 2 && cl == 1) || (cl >= 2 && cq == 1))) {
            return 1.0;
        }
        if (merged(cq == 1 ? q : l, cq == 1 ? l : q)) {
            return 1.0; // "SergeiLavrov" is "Sergei Lavrov" written together: the one word covers both
        }
        if (person) {
            return PERSON;
        }
        // A single query word is rare when the lists hold it in only a few names (not when they lack it).
        Token single = single(cq == 1 ? q : l);
        boolean rare = lists instanceof TermStatistics ts && single != null && single.key().length() >= 5 && ts.rare(single.key());
        return rare ? 1.0 : ORGANISATION;
    }

    /** Factor on a name whose patronymic chain is reversed: "Salman bin Muhammad" is the son of Muhammad. */
    public static final double REVERSED_PATRONYMIC = 0.7;

    /**
     * {@link #REVERSED_PATRONYMIC} when both names say "X bin Y" and the query's X is the listed Y and its
     * Y the listed X (a father and his son, or two brothers' sons), else 1.
     */
    public static double patronymic(List<Token> q, List<Token> l) {
        int i = bin(q);
        int j = bin(l);
        if (i < 0 || j < 0) {
            return 1.0;
        }
        String qx = word(q, i - 1, -1);
        String qy = word(q, i + 1, 1);
        String lx = word(l, j - 1, -1);
        String ly = word(l, j + 1, 1);
        return !qx.equals(qy) && qx.equals(ly) && qy.equals(lx) ? REVERSED_PATRONYMIC : 1.0;
    }

    /** The key at {@code at}, or the first one past it (in {@code step}'s direction) that is not a particle: "bin al-Din" is the son of Din. */
    private static String word(List<Token> tokens, int at, int step) {
        for (int k = at; k >= 0 && k < tokens.size(); k += step) {
            if (!NameVariants.particle(tokens.get(k).key())) {
                return tokens.get(k).key();
            }
        }
        return tokens.get(at).key();
    }

    private static int bin(List<Token> tokens) {
        for (int i = 1; i + 1 < tokens.size(); i++) {
            String k = tokens.get(i).key();
            if (k.equals("bin") || k.equals("bint")) {
                return i;
            }
        }
        return -1;
    }

    /** Factor on a Chinese or Korean query with more name words than the listed name. */
    static final double EXTRA_GIVEN_NAME = 0.85;

    private static boolean syllabic(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.syllabic()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Factor on two one-word organisation names whose words only sound alike or differ by a letter in a short
     * word ("Nova" and "Novak", "Kyocera" and "Kosar"): one fuzzy word is thin evidence when it is all there is.
     */
    static final double SINGLE_FUZZY = 0.88;

    /** Two words alike only by sound, or by a typo in a word of five letters or fewer (a typo in a long word is a typo). */
    private static boolean thin(Token a, Token b) {
        if (a == null || b == null || a.key().equals(b.key())) {
            return false;
        }
        double s = TokenSimilarity.similarity(a, b);
        return s != TokenSimilarity.NO_MATCH && s < 1.0
                && (s <= TokenSimilarity.PHONETIC || Math.min(a.key().length(), b.key().length()) <= 5);
    }

    /** The qualifier that names the cut, for the explanation. */
    public static Explanation.Qualifier note(List<Token> q, List<Token> l, double factor) {
        return new Explanation.Qualifier("coverage", Explanation.Qualifier.Effect.MISMATCH, String.format(Locale.ROOT,
                "%d query word(s) against %d listed word(s)%s, x%.2f", content(q), content(l),
                patronymic(q, l) < 1 ? ", patronymic chain reversed" : "", factor));
    }

    /** Words that name the party (an initial stands for one): not legal forms, particles or numbers. */
    public static int content(List<Token> tokens) {
        int n = 0;
        for (Token t : tokens) {
            if (counts(t)) {
                n++;
            }
        }
        return n;
    }

    private static boolean counts(Token t) {
        return !t.legalForm() && !t.numeric() && !NameVariants.particle(t.key());
    }

    /** Whether the one content word of {@code one} is two adjacent words of {@code many} written together. */
    private static boolean merged(List<Token> one, List<Token> many) {
        Token single = single(one);
        if (single == null || content(many) != 2) {
            return false;
        }
        for (int i = 0; i + 1 < many.size(); i++) {
            if (counts(many.get(i)) && counts(many.get(i + 1))
                    && TokenSimilarity.mergedSimilarity(single, many.get(i), many.get(i + 1)) != TokenSimilarity.NO_MATCH) {
                return true;
            }
        }
        return false;
    }

    private static Token single(List<Token> tokens) {
        for (Token t : tokens) {
            if (counts(t)) {
                return t;
            }
        }
        return null;
    }
}
