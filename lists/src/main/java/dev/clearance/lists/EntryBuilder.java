package dev.clearance.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Collects one entry's fields as a loader meets them, dropping blanks and duplicates, then builds
 * the immutable {@link ListEntry}.
 */
final class EntryBuilder {
    final String source;
    final String nativeId;
    String list;
    dev.clearance.regime.ListEffect effect;
    EntityType type = EntityType.UNKNOWN;
    private final List<ListEntry.Name> names = new ArrayList<>();
    private final Set<String> nameKeys = new HashSet<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> birthDates = new LinkedHashSet<>();
    private final Set<ListEntry.Identifier> identifiers = new LinkedHashSet<>();
    private final Set<String> programmes = new LinkedHashSet<>();
    private final StringBuilder remarks = new StringBuilder();
    private final Set<String> remarkSet = new HashSet<>();

    EntryBuilder(String source, String nativeId, String list) {
        this.source = source;
        this.nativeId = nativeId;
        this.list = list;
    }

    EntryBuilder type(EntityType t) {
        if (t != null) {
            type = t;
        }
        return this;
    }

    /**
     * Adds a name. An alias written in a non-Latin script is labelled {@link ListEntry.Name.Kind#ORIGINAL_SCRIPT};
     * a primary name in a non-Latin script stays primary only when it is the first name.
     */
    EntryBuilder name(String value, ListEntry.Name.Kind kind) {
        String v = clean(value);
        if (v == null) {
            return this;
        }
        add(v, kind);
        // "Rostec (Russian Technologies State Corporation)", "X t/a Y": each name inside is a name of its own.
        for (NameShapes.Part part : NameShapes.split(v)) {
            ListEntry.Name.Kind k = kind == ListEntry.Name.Kind.WEAK_ALIAS || part.acronym()
                    ? ListEntry.Name.Kind.WEAK_ALIAS
                    : kind == ListEntry.Name.Kind.ORIGINAL_SCRIPT ? kind : ListEntry.Name.Kind.ALIAS;
            add(part.name(), k);
        }
        return this;
    }

    private void add(String v, ListEntry.Name.Kind kind) {
        ListEntry.Name.Kind k = kind;
        if (k != ListEntry.Name.Kind.ORIGINAL_SCRIPT && Scripts.hasNonLatin(v)
                && !(k == ListEntry.Name.Kind.PRIMARY && names.isEmpty())) {
            k = ListEntry.Name.Kind.ORIGINAL_SCRIPT;
        }
        boolean first = false;
        if (k == ListEntry.Name.Kind.PRIMARY && !names.isEmpty()) {
            if (names.get(0).kind() == ListEntry.Name.Kind.PRIMARY) {
                k = ListEntry.Name.Kind.ALIAS;
            } else {
                first = true;
            }
        }
        String key = v.toLowerCase(Locale.ROOT);
        if (first) {
            if (nameKeys.add(key)) {
                names.add(0, new ListEntry.Name(v, k));
            } else {
                names.removeIf(n -> n.value().equalsIgnoreCase(v));
                names.add(0, new ListEntry.Name(v, k));
            }
        } else if (nameKeys.add(key)) {
            names.add(new ListEntry.Name(v, k));
        }
    }

    boolean hasNames() {
        return !names.isEmpty();
    }

    /** Adds a country given as a code or as a name; unknown names are ignored. */
    EntryBuilder country(String nameOrCode) {
        String code = CountryCodes.toAlpha2(nameOrCode);
        if (code != null) {
            countries.add(code);
        }
        return this;
    }

    /** Adds every country named in a field that may hold several. */
    EntryBuilder countries(String text) {
        countries.addAll(CountryCodes.allIn(text));
        return this;
    }

    EntryBuilder countryCode(String code) {
        if (code != null) {
            countries.add(code);
        }
        return this;
    }

    /** Adds the dates a published date text states. */
    EntryBuilder birthDates(String text) {
        birthDates.addAll(PublishedDates.parse(text));
        return this;
    }

    EntryBuilder identifier(String scheme, String value) {
        String v = clean(value);
        if (scheme != null && v != null) {
            identifiers.add(new ListEntry.Identifier(scheme, v));
        }
        return this;
    }

    EntryBuilder programme(String p) {
        String v = clean(p);
        if (v != null) {
            programmes.add(v);
        }
        return this;
    }

    EntryBuilder remark(String text) {
        String v = clean(text);
        if (v != null && remarkSet.add(v)) {
            if (remarks.length() > 0) {
                remarks.append(" | ");
            }
            remarks.append(v);
        }
        return this;
    }

    List<String> programmes() {
        return new ArrayList<>(programmes);
    }

    ListEntry build() {
        return new ListEntry(source, nativeId, list, type, names, new ArrayList<>(countries),
                new ArrayList<>(birthDates), new ArrayList<>(identifiers), new ArrayList<>(programmes),
                remarks.toString(), effect);
    }

    /** Trimmed text with runs of white space collapsed, or {@code null} when blank or OFAC's {@code -0-}. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.isEmpty() || v.equals("-0-")) {
            return null;
        }
        boolean collapse = false;
        for (int i = 0; i < v.length() && !collapse; i++) {
            char c = v.charAt(i);
            collapse = c == '\n' || c == '\r' || c == '\t' || c == '\u00A0' || c == ' ' && i + 1 < v.length() && v.charAt(i + 1) == ' ';
        }
        return collapse ? v.replaceAll("[\\s\\u00A0]+", " ") : v;
    }
}
