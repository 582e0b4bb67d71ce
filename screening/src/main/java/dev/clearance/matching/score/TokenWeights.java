package dev.clearance.matching.score;

import dev.clearance.matching.normalise.NameVariants;
import dev.clearance.matching.normalise.Token;
import java.util.Set;

/**
 * How much a token says about identity. Legal forms, particles and initials say little; in a
 * screener the weight also falls with how many listed names share the token (IDF-like).
 */
@FunctionalInterface
public interface TokenWeights {
    /** Upper bound of every weight: the candidate index relies on it. */
    double MAX = 1.0;

    /** Words common in organisation names: identity lies in the other words. */
    Set<String> GENERIC = Set.of("bank", "international", "trading", "industries", "industry", "industrial", "group",
            "holding", "holdings", "enterprise", "enterprises", "services", "service", "technology", "technologies",
            "investment", "investments", "global", "national", "company", "general", "development", "import",
            "export", "trade", "center", "centre", "institute", "university", "research", "science", "plant",
            "factory", "zavod", "partners", "capital", "management", "engineering", "systems", "shipping", "oil",
            "gas", "energy", "petroleum", "construction", "electronics", "new", "east", "west", "north", "south");

    /** Base weight of a legal form. */
    double LEGAL_FORM = 0.25;
    /** Base weight of an initial or a name particle. */
    double INITIAL = 0.35;

    double weight(Token t);

    /** Weights from the token alone, used for pair scoring where no list is known. */
    static double base(Token t) {
        if (t.legalForm()) {
            return LEGAL_FORM;
        }
        if (t.initial() || NameVariants.particle(t.key())) {
            return INITIAL;
        }
        if (t.numeric()) {
            return 0.8;
        }
        if (t.key().length() == 2) {
            return 0.6;
        }
        return GENERIC.contains(t.key()) || NameVariants.organisationWord(t.key()) ? 0.6 : 1.0;
    }
}
