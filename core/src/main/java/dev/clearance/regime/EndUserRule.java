package dev.clearance.regime;

import java.util.List;

/**
 * An end-user rule: what a hit on a named-party list means for this regime's exporters. It reads the lists whose
 * legal effect it names ({@code effects}: kind and issuing jurisdiction) or, as earlier files did, the lists it
 * names; its outcome is a ban (no licence can authorise the export), a licence requirement (the regime's
 * restrictions on licence exceptions apply; the EAR's Entity List, §744.11), or a CHECK. A hit on a list no rule
 * reads is not a rule of the regime: the engine states it as a CHECK.
 *
 * @param lists   the names of the screening lists the rule is about, as the lists module names them
 * @param effects the list effects the rule reads; an effect without issuer reads that kind from any issuer
 * @param outcome what a hit means
 * @param period  when the rule is in force
 * @param policy  the licensing policy a licence application meets (denial, case-by-case), or empty
 * @param check   true when the rule rests on secondary sources or on text not read (CHECK): the answer is CHECK
 * @param authority the authority that decides instead of the regime's licensing authority (OFAC for a blocked
 *                  party), or null
 */
public record EndUserRule(String code, List<String> lists, List<ListEffect> effects, Outcome outcome, Period period,
                          String policy, boolean check, String authority, String text, String source) {
    /** What a hit means for the export. */
    public enum Outcome { PROHIBITED, LICENCE, CHECK }

    public EndUserRule {
        lists = List.copyOf(lists);
        effects = List.copyOf(effects);
        period = period == null ? Period.ALWAYS : period;
        policy = policy == null ? "" : policy;
    }

    /** A licence rule naming its lists (the form of earlier files). */
    public EndUserRule(String code, List<String> lists, String text, String source) {
        this(code, lists, List.of(), Outcome.LICENCE, Period.ALWAYS, "", false, null, text, source);
    }

    /** True when {@code list} is one of the rule's lists (case-insensitive). */
    public boolean covers(String list) {
        return list != null && lists.stream().anyMatch(l -> l.equalsIgnoreCase(list.trim()));
    }

    /** True when the rule reads a hit on {@code list} with this effect (either may be null). */
    public boolean reads(String list, ListEffect effect) {
        if (covers(list)) {
            return true;
        }
        return effect != null && effects.stream().anyMatch(e -> e.kind() == effect.kind()
                && (e.issuer() == null || e.issuer().equals(effect.issuer())));
    }

    /** The lists and effects the rule reads, in words. */
    public String describe() {
        List<String> out = new java.util.ArrayList<>(lists);
        effects.forEach(e -> out.add(e.word() + " lists"));
        return String.join(", ", out);
    }
}
