package dev.clearance.matching.normalise;

import dev.clearance.matching.explain.Explanation;
import dev.clearance.lists.CountryCodes;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;

import java.util.List;
import java.util.Locale;

/**
 * Adjusts a name score with the facts beside the name. A disagreement multiplies the score down
 * (a different person with the same name is the usual false alert); an agreement closes part of
 * the gap to 1. Missing facts change nothing.
 */
public final class Qualifiers {
    static final double COUNTRY_MISMATCH = 0.9;
    static final double DOB_MISMATCH = 0.8;
    static final double TYPE_MISMATCH = 0.8;
    static final double COUNTRY_MATCH = 0.1;
    static final double DOB_MATCH = 0.15;

    /**
     * The date of birth as the initials' disambiguator. Initials leave a person's given names open ("S. V.
     * Petrov" fits Sergey, Stanislav and Semyon Petrov alike), and the date is exactly what tells them apart:
     * when the query's initials fit the listed given names, an agreeing date weighs enough to carry a surname
     * with fitting initials over the default threshold, and a contradicting one puts the match clearly below it.
     * With no date the initials match keeps its plain name score.
     */
    public static final double INITIALS_DOB_MATCH = 0.35;
    static final double INITIALS_DOB_MISMATCH = 0.75;

    /**
     * Years beyond which dates of birth contradict outright: every listed date more than this far from the query's
     * is another person's (a publishing error or an approximate date is a year or two off, not a generation), and
     * the factor {@link #DOB_FAR} takes even an exact name below the default threshold. An equal identifier still
     * decides (it is matched before names are).
     */
    static final int DOB_TOLERANCE_YEARS = 5;
    static final double DOB_FAR = 0.75;

    /** The most agreements can add: {@code s + (1 - s) * MAX_GAIN}. */
    public static final double MAX_GAIN = 1 - (1 - COUNTRY_MATCH) * (1 - DOB_MATCH);
    /** As {@link #MAX_GAIN}, when the date weighs as the initials' disambiguator. */
    public static final double INITIALS_MAX_GAIN = 1 - (1 - COUNTRY_MATCH) * (1 - INITIALS_DOB_MATCH);

    private Qualifiers() {
    }

    /** The qualified score; applied qualifiers are appended to {@code notes}. */
    public static double apply(Query query, ListEntry entry, double score, List<Explanation.Qualifier> notes) {
        return apply(query, entry, score, false, notes);
    }

    /**
     * Whether the date of birth could weigh as the disambiguator of initials for this query: a person query
     * with a date whose given names are reduced to initials, i.e. it has at least as many initials as written
     * words ("F. M. Surname", "I. Petrov"; not "John A. Smith", whose given name is written out). The screener
     * then bounds its prefilter by {@link #INITIALS_MAX_GAIN}.
     */
    public static boolean initialsMayRestOnDate(Query query, NormalisedName name) {
        if (query.type() != EntityType.PERSON || query.dob() == null || query.dob().isBlank()) {
            return false;
        }
        int initials = 0;
        int words = 0;
        for (Token t : name.tokens()) {
            if (t.initial()) {
                initials++;
            } else if (!t.legalForm()) {
                words++;
            }
        }
        return initials > 0 && initials >= words;
    }

    /**
     * The qualified score; {@code restsOnInitials}: the name match rests on the query's initials fitting listed
     * given names, so the date weighs as their disambiguator ({@link #INITIALS_DOB_MATCH}).
     */
    public static double apply(Query query, ListEntry entry, double score, boolean restsOnInitials,
                        List<Explanation.Qualifier> notes) {
        double s = score;
        String country = query.country() == null || query.country().isBlank() ? null : CountryCodes.toAlpha2(query.country());
        if (country != null && !entry.countries().isEmpty()) {
            if (entry.countries().contains(country)) {
                s += (1 - s) * COUNTRY_MATCH;
                notes.add(new Explanation.Qualifier("country", Explanation.Qualifier.Effect.MATCH, country));
            } else {
                s *= COUNTRY_MISMATCH;
                notes.add(new Explanation.Qualifier("country", Explanation.Qualifier.Effect.MISMATCH,
                        country + " vs " + String.join("/", entry.countries())));
            }
        }
        int dob = dobAgreement(query.dob(), entry.birthDates());
        String weighed = restsOnInitials ? ", weighed as the initials' disambiguator" : "";
        if (dob > 0) {
            s += (1 - s) * (restsOnInitials ? INITIALS_DOB_MATCH : DOB_MATCH);
            notes.add(new Explanation.Qualifier("dob", Explanation.Qualifier.Effect.MATCH, query.dob().trim() + weighed));
        } else if (dob == FAR) {
            s *= Math.min(DOB_FAR, restsOnInitials ? INITIALS_DOB_MISMATCH : DOB_MISMATCH);
            notes.add(new Explanation.Qualifier("dob", Explanation.Qualifier.Effect.MISMATCH,
                    query.dob().trim() + " vs " + String.join("/", entry.birthDates()) + ": more than "
                            + DOB_TOLERANCE_YEARS + " years apart, another person" + weighed));
        } else if (dob < 0) {
            s *= restsOnInitials ? INITIALS_DOB_MISMATCH : DOB_MISMATCH;
            notes.add(new Explanation.Qualifier("dob", Explanation.Qualifier.Effect.MISMATCH,
                    query.dob().trim() + " vs " + String.join("/", entry.birthDates()) + weighed));
        }
        if (query.type() != null && query.type() != EntityType.UNKNOWN && entry.type() != EntityType.UNKNOWN
                && query.type() != entry.type()) {
            s *= TYPE_MISMATCH;
            notes.add(new Explanation.Qualifier("type", Explanation.Qualifier.Effect.MISMATCH,
                    query.type().word() + " vs " + entry.type().word()));
        }
        return s;
    }

    /** {@link #dobAgreement}: every listed year more than {@link #DOB_TOLERANCE_YEARS} off. */
    static final int FAR = -2;

    /**
     * +1 when a listed date agrees with the query at their common precision, {@link #FAR} when every listed year is
     * more than {@link #DOB_TOLERANCE_YEARS} years off, -1 when every listed year is two or more years off (one year
     * off is a common publishing error), 0 otherwise.
     */
    static int dobAgreement(String dob, List<String> listed) {
        if (dob == null || dob.isBlank() || listed.isEmpty()) {
            return 0;
        }
        String q = dob.trim();
        int qYear = year(q);
        if (qYear < 0) {
            return 0;
        }
        boolean near = false;
        boolean far = true;
        for (String l : listed) {
            int lYear = year(l);
            if (lYear < 0) {
                return 0;
            }
            int common = Math.min(q.length(), l.trim().length());
            if (q.substring(0, common).equals(l.trim().substring(0, common))) {
                return 1;
            }
            near |= Math.abs(lYear - qYear) <= 1;
            far &= Math.abs(lYear - qYear) > DOB_TOLERANCE_YEARS;
        }
        return near ? 0 : far ? FAR : -1;
    }

    private static int year(String date) {
        String d = date.trim();
        if (d.length() < 4) {
            return -1;
        }
        try {
            return Integer.parseInt(d.substring(0, 4));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An identifier reduced to letters and digits, upper case, for comparison. */
    public static String identifierKey(String value) {
        StringBuilder b = new StringBuilder(value.length());
        for (char c : value.toUpperCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
