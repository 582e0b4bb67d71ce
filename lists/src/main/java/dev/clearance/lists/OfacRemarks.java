package dev.clearance.lists;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structured facts OFAC writes into the remarks of its legacy CSV ("DOB 12 Aug 1960;
 * nationality Iran; Passport P229856 (Iran); a.k.a. 'KAMEL'; Vessel Registration Identification IMO 9187629.")
 * into an entry: weak aliases, dates of birth or establishment, countries and identifiers.
 */
final class OfacRemarks {
    private static final Pattern ITEMS = Pattern.compile(";\\s*");
    private static final Pattern ALIAS = Pattern.compile("^(?:a\\.k\\.a\\.|f\\.k\\.a\\.|n\\.k\\.a\\.),?\\s*['‘](.+?)['’]?$");
    private static final Pattern DOB = Pattern.compile("^(?:alt\\.\\s+)?DOB\\s+(.+)$");
    private static final Pattern ESTABLISHED = Pattern.compile("^(?:alt\\.\\s+)?Organization Established Date\\s+(.+)$");
    private static final Pattern NATIONALITY = Pattern.compile("^(?:alt\\.\\s+)?(?:nationality|citizen|Nationality of Registration)\\s+(.+)$");
    private static final Pattern IDENTIFIER;

    static {
        StringBuilder alternatives = new StringBuilder();
        for (var e : IdSchemes.LABELS) {
            if (alternatives.length() > 0) {
                alternatives.append('|');
            }
            alternatives.append(Pattern.quote(e.getKey()));
        }
        IDENTIFIER = Pattern.compile("^(?:alt\\.\\s+)?(" + alternatives + ")\\s+(\\S+(?:\\s+\\d{7}(?!\\d))?)(?:.*?\\(([^()]*)\\)\\s*)?.*$");
    }

    private OfacRemarks() {
    }

    /** Adds what the remarks state to the entry. */
    static void apply(String remarks, EntryBuilder entry) {
        String r = EntryBuilder.clean(remarks);
        if (r == null) {
            return;
        }
        if (r.endsWith(".")) {
            r = r.substring(0, r.length() - 1);
        }
        for (String raw : ITEMS.split(r)) {
            String item = raw.strip();
            if (item.endsWith(".") && !item.endsWith("'.") && item.indexOf(' ') > 0) {
                item = item.substring(0, item.length() - 1);
            }
            if (item.isEmpty()) {
                continue;
            }
            Matcher m = ALIAS.matcher(item);
            if (m.matches()) {
                entry.name(m.group(1), ListEntry.Name.Kind.WEAK_ALIAS);
                continue;
            }
            m = DOB.matcher(item);
            if (m.matches()) {
                entry.birthDates(m.group(1));
                continue;
            }
            m = ESTABLISHED.matcher(item);
            if (m.matches()) {
                entry.birthDates(m.group(1));
                continue;
            }
            m = NATIONALITY.matcher(item);
            if (m.matches()) {
                entry.country(m.group(1));
                continue;
            }
            m = IDENTIFIER.matcher(item);
            if (m.matches()) {
                String scheme = IdSchemes.forLabel(m.group(1));
                String value = IdSchemes.value(scheme, m.group(2));
                entry.identifier(scheme, value);
            }
        }
    }
}
