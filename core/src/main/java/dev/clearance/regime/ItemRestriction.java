package dev.clearance.regime;

import java.util.List;

/**
 * A set of control-list entries the regime treats more strictly than the rest of its list: transfers inside the
 * free groups need a licence too, and some licence types never cover them (the EU's Annex IV items: intra-Union
 * transfers need an authorisation, Art. 11; Annex II Section I excludes them from every Union general export
 * authorisation).
 *
 * @param entries          codes or prefixes of the entries (0 for a whole category)
 * @param partial          entries of which only part is in the set (the sources do not say which part): a code
 *                         under or over one of them may be in it, CHECK, and is treated as in it, conservatively
 * @param except           entries under {@code entries} that are not in the set
 * @param noFreeTransfer   true when exports to the list's free groups (inside the Union) need a licence too
 * @param excludedLicences licence types never offered for these entries
 * @param check            true when the set rests on secondary sources (CHECK)
 */
public record ItemRestriction(String code, String title, List<String> entries, List<String> partial,
                              List<String> except, boolean noFreeTransfer, List<String> excludedLicences,
                              Period period, boolean check, String text, String source) {
    public ItemRestriction {
        entries = List.copyOf(entries);
        partial = List.copyOf(partial);
        except = List.copyOf(except);
        excludedLicences = List.copyOf(excludedLicences);
    }

    /** Whether a code is in the set: surely, perhaps (a part of the entry, or a code broader than one), or not. */
    public enum Reach { IN, MAYBE, OUT }

    /** How far the set reaches the item of {@code code}. */
    public Reach reach(String code) {
        if (except.stream().anyMatch(e -> Codes.covers(e, code))) {
            return Reach.OUT;
        }
        if (partial.stream().anyMatch(p -> Codes.covers(p, code) || Codes.covers(code, p))) {
            return Reach.MAYBE;
        }
        if (entries.stream().anyMatch(e -> Codes.covers(e, code))) {
            return Reach.IN;
        }
        return entries.stream().anyMatch(e -> Codes.covers(code, e)) ? Reach.MAYBE : Reach.OUT;
    }
}
