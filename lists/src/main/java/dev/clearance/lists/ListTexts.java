package dev.clearance.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small text helpers shared by the loaders: splitting multi-value fields and names with a script variant. */
final class ListTexts {
    private static final Pattern PAREN_TAIL = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern NUMBERED = Pattern.compile("\\(\\d+\\)");

    private ListTexts() {
    }

    /** The non-blank parts of a field separated by {@code separator} (a regex), trimmed. */
    static List<String> split(String field, String separator) {
        List<String> out = new ArrayList<>();
        if (field == null) {
            return out;
        }
        for (String part : field.split(separator)) {
            String p = EntryBuilder.clean(part);
            if (p != null) {
                out.add(p);
            }
        }
        return out;
    }

    /** The parts of a UK-style numbered field "(1) A (2) B", or the field itself. */
    static List<String> numbered(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        if (!NUMBERED.matcher(field).find()) {
            return List.of(field.strip());
        }
        return split(field, "\\(\\d+\\)");
    }

    /**
     * Adds a name written as "Latin form (Original script form)": the Latin part with the given kind and the
     * parenthesised part as an original-script name; "Full form (Short form)" in one non-Latin script as two
     * names. Other names are added whole.
     */
    static void addNameWithScriptVariant(EntryBuilder b, String name, ListEntry.Name.Kind kind) {
        String n = EntryBuilder.clean(name);
        if (n == null) {
            return;
        }
        Matcher m = PAREN_TAIL.matcher(n);
        if (m.matches() && Scripts.isLatin(m.group(1)) && Scripts.hasNonLatin(m.group(2))) {
            b.name(m.group(1), kind);
            b.name(m.group(2), ListEntry.Name.Kind.ORIGINAL_SCRIPT);
            return;
        }
        // "Акционерное Общество «Ак Барс» (АО «Ак Барс»)": a full name and its short form, both in one script,
        // are two names (read as one, the short form's words count against every query).
        if (m.matches() && Scripts.hasNonLatin(m.group(1)) && Scripts.hasNonLatin(m.group(2))
                && m.group(2).strip().split("\\s+").length >= 2) {
            b.name(m.group(1), kind);
            b.name(m.group(2), kind);
            return;
        }
        b.name(n, kind);
    }

    /** Adds identifiers from a field such as "7743813961 (Tax ID/INN); 1027700067328 (OGRN)". */
    static void identifiers(EntryBuilder b, String field, String defaultScheme) {
        for (String part : split(field, ";")) {
            Matcher m = PAREN_TAIL.matcher(part);
            String scheme = defaultScheme;
            String value = part;
            if (m.matches()) {
                value = m.group(1);
                String labelled = IdSchemes.forLabel(m.group(2));
                if (labelled != null) {
                    scheme = labelled;
                }
            }
            b.identifier(scheme, IdSchemes.value(scheme, value));
        }
    }
}
