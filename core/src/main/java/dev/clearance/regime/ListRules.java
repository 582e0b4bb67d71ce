package dev.clearance.regime;

import java.util.List;

/**
 * The parts of a regime's rules beyond its lists, groups and licence types: how goods on no entry
 * are named, the answer when nothing requires a licence, embargoes, chart footnotes, end-user and
 * end-use rules and the restrictions on licence exceptions. Empty for Japan, Korea and the EU.
 *
 * @param entryLabel    how traces name an entry ("ECCN"); "list control" when not given
 * @param unlisted      the code goods on no entry carry (EAR99), or null
 * @param unlistedText  what that code means, for the trace
 * @param noLicenceText the answer's words when nothing requires a licence ("NLR: ..."), or null for none
 * @param itemRestrictions entries treated more strictly than the rest of the list (the EU's Annex IV)
 * @param noLicenceSummary the one-line answer's words when nothing requires a licence, or null for the plain
 *                      "No licence required"
 */
public record ListRules(String entryLabel, String unlisted, String unlistedText, String noLicenceText,
                        String source, List<Embargo> embargoes, List<ChartFootnote> footnotes,
                        List<EndUserRule> endUserRules, List<EndUseRule> endUseRules,
                        List<ExceptionRestriction> restrictions, List<ItemRestriction> itemRestrictions,
                        String noLicenceSummary) {
    /** No rules beyond the lists. */
    public static final ListRules NONE = new ListRules("list control", null, "", null, "", List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of());

    /** Rules without their own one-line words for "no licence required". */
    public ListRules(String entryLabel, String unlisted, String unlistedText, String noLicenceText, String source,
                     List<Embargo> embargoes, List<ChartFootnote> footnotes, List<EndUserRule> endUserRules,
                     List<EndUseRule> endUseRules, List<ExceptionRestriction> restrictions,
                     List<ItemRestriction> itemRestrictions) {
        this(entryLabel, unlisted, unlistedText, noLicenceText, source, embargoes, footnotes, endUserRules,
                endUseRules, restrictions, itemRestrictions, null);
    }

    public ListRules {
        embargoes = List.copyOf(embargoes);
        footnotes = List.copyOf(footnotes);
        endUserRules = List.copyOf(endUserRules);
        endUseRules = List.copyOf(endUseRules);
        restrictions = List.copyOf(restrictions);
        itemRestrictions = List.copyOf(itemRestrictions);
    }

    /** Rules with no item restrictions (the form of earlier callers). */
    public ListRules(String entryLabel, String unlisted, String unlistedText, String noLicenceText, String source,
                     List<Embargo> embargoes, List<ChartFootnote> footnotes, List<EndUserRule> endUserRules,
                     List<EndUseRule> endUseRules, List<ExceptionRestriction> restrictions) {
        this(entryLabel, unlisted, unlistedText, noLicenceText, source, embargoes, footnotes, endUserRules, endUseRules,
                restrictions, List.of());
    }
}
