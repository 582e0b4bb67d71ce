package dev.clearance.regime;

import java.util.List;

/**
 * An end-user rule: an end user on one of these lists needs a licence for any item subject to the
 * regime, and the regime's restrictions on licence exceptions apply (the EAR's Entity List, §744.11).
 * A hit on a list the rule does not name is not this rule: the engine states it as a CHECK.
 *
 * @param lists the names of the screening lists the rule is about, as the lists module names them
 */
public record EndUserRule(String code, List<String> lists, String text, String source) {
    public EndUserRule {
        lists = List.copyOf(lists);
    }

    /** True when {@code list} is one of the rule's lists (case-insensitive). */
    public boolean covers(String list) {
        return list != null && lists.stream().anyMatch(l -> l.equalsIgnoreCase(list.trim()));
    }
}
