package dev.clearance.matching.normalise;

import dev.clearance.lists.EntityType;
import dev.clearance.lists.NameShapes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a screened name holds besides one name, read as the lists' loaders read listed names: the names in "X t/a
 * Y", "X d/b/a Y", "X trading as Y", "X (formerly Y)", "X f/k/a Y", "X a.k.a. Y" (each screened; a short acronym in
 * brackets is not screened alone), a vessel prefix ("M/V", "MV", "MT", "M.T.", "M/T", "F/V": the name is a vessel's,
 * the prefix no part of it), an IMO number written into the name ("IMO 9187629", "IMO No. 9187629", "IMO9187629": an
 * identifier), and an aircraft registration mark with words in front ("Aircraft EP-MNE": the mark is screened on its
 * own). One place for every way in, since {@link Screener} reads every query through it.
 */
public final class QueryReadings {
    /** Ship prefixes: motor vessel, motor tanker, motor ship (with its slash), fishing vessel (source: IMO and
     * Lloyd's Register usage, as in the OFAC SDN and EU vessel entries' names). */
    private static final Pattern VESSEL_PREFIX = Pattern.compile(
            "(?i)^\\s*(?:m\\s*/\\s*v|m\\.\\s?v\\.?|mv|m\\s*/\\s*t|m\\.\\s?t\\.?|mt|m\\s*/\\s*s|f\\s*/\\s*v|motor vessel"
                    + "|motor tanker)(?=[\\s.:\"“'«])[\\s.:]*");
    private static final Pattern IMO = Pattern.compile(
            "(?i)\\bIMO\\s*(?:No\\.?|Number|Nr\\.?|#)?\\s*[:.#]?\\s*(\\d{7})\\b");
    /** An ICAO registration mark: a nationality prefix of one or two characters, a hyphen, two to five more. */
    private static final Pattern REGISTRATION = Pattern.compile(
            "(?<![\\p{L}\\d-])([A-Z0-9]{1,2}-(?:[A-Z]{3}|(?=[A-Z0-9]*\\d)[A-Z0-9]{2,5}))(?![\\p{L}\\d-])");

    private QueryReadings() {
    }

    /**
     * A reading of the query: the names to screen (at least one), its type (a vessel prefix says vessel) and the
     * identifiers written into its name, besides those given.
     */
    public record Reading(List<Named> names, List<String> identifiers) {
        /** The names alone. */
        public List<String> texts() {
            return names.stream().map(Named::name).toList();
        }
    }

    /** One name to screen and the type it is screened as. */
    public record Named(String name, EntityType type) { }

    public static Reading of(Query query) {
        String name = query.name();
        EntityType type = query.type();
        List<String> ids = new ArrayList<>(query.identifiers());
        Matcher imo = IMO.matcher(name);
        if (containsImo(name) && imo.find()) {
            String rest = (name.substring(0, imo.start()) + " " + name.substring(imo.end())).strip();
            if (rest.chars().anyMatch(Character::isLetterOrDigit)) {
                ids.add("IMO " + imo.group(1));
                name = rest;
                if (type == null) {
                    type = EntityType.VESSEL;
                }
            }
        }
        // "M.V. Rudenko" may be a person with initials: a vessel prefix is read as such when the type says vessel
        // or leaves it open, and then the name as written is screened as well.
        Matcher prefix = VESSEL_PREFIX.matcher(name);
        String vessel = null;
        char first = name.isEmpty() ? ' ' : Character.toLowerCase(name.strip().isEmpty() ? ' ' : name.strip().charAt(0));
        if ((type == null || type == EntityType.VESSEL) && (first == 'm' || first == 'f') && prefix.find()
                && prefix.end() < name.length()) {
            vessel = name.substring(prefix.end()).strip();
        }
        Set<String> names = new LinkedHashSet<>();
        List<NameShapes.Part> parts = NameShapes.split(name);
        if (parts.isEmpty()) {
            names.add(name);
        } else {
            for (NameShapes.Part p : parts) {
                if (!p.acronym()) {
                    names.add(p.name());
                }
            }
            if (names.isEmpty()) {
                names.add(name);
            }
        }
        Matcher reg = REGISTRATION.matcher(name);
        String mark = null;
        if (type != EntityType.PERSON && name.indexOf('-') > 0 && reg.find() && !reg.group(1).equals(name.strip()) && registration(reg.group(1))
                && !reg.find()) {
            reg.reset().find();
            mark = reg.group(1);
        }
        List<Named> out = new ArrayList<>(names.size() + 2);
        if (vessel != null) {
            out.add(new Named(vessel, EntityType.VESSEL));
        }
        if (vessel == null || type == null) {
            for (String n : names) {
                out.add(new Named(n, type));
            }
        }
        if (mark != null) {
            out.add(new Named(mark, type));
        }
        return new Reading(List.copyOf(out), ids);
    }

    private static boolean containsImo(String name) {
        for (int i = 0; i + 3 <= name.length(); i++) {
            if (name.regionMatches(true, i, "imo", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word shaped like a registration mark is one: its prefix is no name particle ("AL-ALI"). */
    static boolean registration(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && !NameVariants.particle(NameVariants.canonical(word.substring(0, hyphen).toLowerCase(Locale.ROOT)));
    }

    /** Whether a word as written is shaped like an aircraft registration mark ("YK-AND", "RA-96017", "EP-MNE"). */
    public static boolean registrationMark(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen < 1 || hyphen > 2 || word.length() > 8) {
            return false;
        }
        return MARK.matcher(word).matches() && registration(word);
    }

    private static final Pattern MARK = Pattern.compile("(?i)[a-z0-9]{1,2}-(?:[a-z]{3}|(?=[a-z0-9]*\\d)[a-z0-9]{2,5})");

    /** Scheme words written before an identifier's number ("IMO", "Passport No.", "National ID:", "Reg. No."). */
    private static final Pattern SCHEME = Pattern.compile("(?i)^\\s*(?:(?:imo|mmsi|passport|pass|national|"
            + "identification|identity|id|card|nid|registration|register|reg|company|commercial|tax|tin|inn|ogrn|kpp|"
            + "vat|ssn|msn|serial|licen[cs]e|swift|bic|duns|lei|uscc|unified|social|credit|code|cr|crn|certificate|"
            + "personal|residence|permit|no|nr|number|num)\\b\\.?\\s*[:#.]?\\s*)+");

    /**
     * The comparison keys of an identifier as written: the whole, reduced to letters and digits, and the number
     * without the scheme words before it ("IMO No. 9187629", "IMO9187629", "Passport No. N12345", "National ID
     * 123", "Reg. No. 1027700"). At least five characters each, or none.
     */
    public static List<String> identifierKeys(String written) {
        List<String> out = new ArrayList<>(2);
        String whole = Qualifiers.identifierKey(written);
        String lower = written.toLowerCase(Locale.ROOT);
        String number = written;
        Matcher m = SCHEME.matcher(written);
        if (m.find() && m.end() > 0) {
            number = written.substring(m.end());
        } else if (lower.startsWith("imo") && written.length() > 3 && Character.isDigit(written.charAt(3))) {
            number = written.substring(3);
        }
        String key = Qualifiers.identifierKey(number);
        if (key.length() >= 5) {
            out.add(key);
        }
        if (whole.length() >= 5 && !whole.equals(key)) {
            out.add(whole);
        }
        return out;
    }
}
