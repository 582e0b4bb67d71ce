package dev.clearance.matching;

import dev.clearance.matching.normalise.Normaliser;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.normalise.Token;
import dev.clearance.matching.score.Screenable;
import dev.clearance.input.BadRequestException;
import dev.clearance.lists.CountryCodes;
import dev.clearance.lists.EntityType;
import dev.clearance.text.Excerpt;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validates a party to screen, whatever way it came in, and bounds the work it can cause: a name of at most
 * {@value #MAX_NAME_CHARS} characters and {@value #MAX_NAME_WORDS} words (no word over {@value #MAX_WORD_CHARS}
 * characters once transliterated), fields of at most
 * {@value #MAX_FIELD_BYTES} bytes, at most {@value #MAX_IDENTIFIERS} identifiers. Every refusal is a
 * {@link BadRequestException} naming the field, quoting at most 200 characters of the value.
 */
public final class PartyInput {
    /** Longest name screened, in characters. */
    public static final int MAX_NAME_CHARS = 1000;
    /** Most words in a name screened (as written, and as normalised: transliteration may split words). */
    public static final int MAX_NAME_WORDS = 40;
    /**
     * Longest word once transliterated: matching cost grows steeply with a word's length (a thousand Hangul
     * syllables without a space took minutes), and no real name has a longer word.
     */
    public static final int MAX_WORD_CHARS = 100;
    /** Largest party field, in UTF-8 bytes. */
    public static final int MAX_FIELD_BYTES = 4096;
    /** Most identifiers on one party. */
    public static final int MAX_IDENTIFIERS = 20;
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern WORDS = Pattern.compile("\\s+");

    private PartyInput() {
    }

    /**
     * The query for a party; every argument but {@code name} may be null or blank (absent).
     *
     * @param fields what the caller calls each field ({@code name, country, type, dob, identifiers}), for errors
     * @throws BadRequestException naming the field at fault
     */
    public static Query query(Fields fields, String id, String name, String country, String type, String dob,
                              List<String> identifiers) {
        field(fields.id(), id);
        String n = name(fields.name(), name);
        String c = country(fields.country(), country);
        EntityType t = type(fields.type(), type);
        String d = dob(fields.dob(), dob);
        List<String> ids = identifiers == null ? List.of() : identifiers;
        if (ids.size() > MAX_IDENTIFIERS) {
            throw new BadRequestException(fields.identifiers(), "at most " + MAX_IDENTIFIERS + " identifiers, not "
                    + ids.size());
        }
        for (String i : ids) {
            field(fields.identifiers(), i);
        }
        return new Query(blankToNull(id), n, c, t, d, ids);
    }

    /**
     * A name to screen: not empty, at most {@value #MAX_NAME_CHARS} characters and {@value #MAX_NAME_WORDS} words,
     * with letters or digits to match on.
     *
     * @return the trimmed name
     * @throws BadRequestException naming {@code field}
     */
    public static String name(String field, String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new BadRequestException(field, "empty: give the name to screen");
        }
        readable(field, n);
        if (n.length() > MAX_NAME_CHARS) {
            throw new BadRequestException(field, "longer than " + MAX_NAME_CHARS + " characters (" + n.length()
                    + "): " + Excerpt.quote(n));
        }
        int words = WORDS.split(n).length;
        if (words > MAX_NAME_WORDS) {
            throw new BadRequestException(field, "more than " + MAX_NAME_WORDS + " words (" + words + "): "
                    + Excerpt.quote(n));
        }
        List<Token> normalised = Normaliser.normalise(n).tokens();
        int tokens = normalised.size();
        for (Token t : normalised) {
            if (t.key().length() > MAX_WORD_CHARS) {
                throw new BadRequestException(field, "has a word of " + t.key().length() + " characters once"
                        + " transliterated (at most " + MAX_WORD_CHARS + "; separate the words with spaces): "
                        + Excerpt.quote(n));
            }
        }
        if (tokens == 0) {
            throw new BadRequestException(field, Excerpt.quote(n) + " has no letters or digits to match on");
        }
        if (Screenable.nothingToScreen(normalised)) {
            throw new BadRequestException(BadRequestException.Kind.NOTHING_TO_SCREEN, field, Excerpt.quote(n) + " is only legal forms or generic words (GmbH, Co.,"
                    + " Ltd., Trading, International ...): too little to screen on; give the party's own name");
        }
        if (tokens > 2 * MAX_NAME_WORDS) {
            throw new BadRequestException(field, "more than " + 2 * MAX_NAME_WORDS + " words once transliterated ("
                    + tokens + "): " + Excerpt.quote(n));
        }
        return n;
    }

    /** @return an ISO 3166-1 code or a country name known to the matcher, trimmed; null when blank */
    public static String country(String field, String country) {
        String c = field(field, country);
        if (c == null) {
            return null;
        }
        if (CountryCodes.toAlpha2(c) == null) {
            throw new BadRequestException(field, "not an ISO 3166-1 country code or country name: "
                    + Excerpt.quote(c));
        }
        return c;
    }

    /** @return the entity type, null when blank */
    public static EntityType type(String field, String type) {
        String t = field(field, type);
        if (t == null) {
            return null;
        }
        EntityType e = EntityType.parse(t);
        if (e == null) {
            throw new BadRequestException(field, Excerpt.quote(t) + " is not person, organization, vessel or aircraft");
        }
        // "unknown" says no more than leaving the type out
        return e == EntityType.UNKNOWN ? null : e;
    }

    /** @return the date of birth or incorporation, null when blank */
    public static String dob(String field, String dob) {
        String d = field(field, dob);
        if (d != null && !DATE.matcher(d).matches()) {
            throw new BadRequestException(field, Excerpt.quote(d) + " is not YYYY, YYYY-MM or YYYY-MM-DD");
        }
        if (d != null && !isCalendarDate(d)) {
            // A well-formed but impossible date (month 13, 31 April) would never match a listed one: say so.
            throw new BadRequestException(field, Excerpt.quote(d) + " is not a date in the calendar");
        }
        return d;
    }

    private static boolean isCalendarDate(String d) {
        try {
            if (d.length() == 7) {
                java.time.YearMonth.parse(d);
            } else if (d.length() == 10) {
                java.time.LocalDate.parse(d);
            }
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    /**
     * Any party field: at most {@value #MAX_FIELD_BYTES} bytes, and no U+FFFD (bytes an earlier decoding could not
     * read).
     *
     * @return the trimmed value, null when blank
     */
    public static String field(String field, String value) {
        if (value == null) {
            return null;
        }
        // a UTF-8 character is at most 3 bytes per char (surrogate pairs: 4 per 2): a cheap bound first
        if (value.length() * 3L > MAX_FIELD_BYTES && value.getBytes(StandardCharsets.UTF_8).length > MAX_FIELD_BYTES) {
            throw new BadRequestException(field, "longer than " + MAX_FIELD_BYTES + " bytes: " + Excerpt.quote(value));
        }
        readable(field, value);
        String v = value.strip();
        return v.isEmpty() ? null : v;
    }

    /** Refuses U+FFFD: it marks bytes a decoder could not read, and screening it would be screening mojibake. */
    private static void readable(String field, String value) {
        if (value.indexOf('\uFFFD') >= 0) {
            throw new BadRequestException(field, "contains U+FFFD, the mark of bytes not valid in the input's encoding"
                    + " (name the encoding: --encoding, or charset= in Content-Type): " + Excerpt.quote(value));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * What one way in calls each party field, so errors name the field as the caller wrote it.
     *
     * @param id          the caller's reference for the party
     * @param name        the name
     * @param country     the country
     * @param type        the entity type
     * @param dob         date of birth or incorporation
     * @param identifiers strong identifiers
     */
    public record Fields(String id, String name, String country, String type, String dob, String identifiers) {
        /** The column names of a party CSV ({@code id,name,country,type,dob,identifiers}). */
        public static final Fields CSV = new Fields("id", "name", "country", "type", "dob", "identifiers");
        /** The fields of a JSON party ({@code partyKey,name,country,type,dob,identifiers}). */
        public static final Fields JSON = new Fields("partyKey", "name", "country", "type", "dob", "identifiers");
    }
}
