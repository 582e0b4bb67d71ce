package dev.clearance.regime;

/**
 * One reason for control of a listed entry (NS, MT, AT ... under the EAR; the single reason "list"
 * of a regime whose listed items need a licence for every destination) and the destinations for
 * which it requires a licence.
 *
 * @param reason the reason for control (NS, RS, ...)
 * @param scope  what of the entry it applies to ("entire entry", "2B001.a, .b ...")
 * @param rule   which destinations need a licence for this reason
 * @param conservative true when the rule is applied to more of the entry than its text names
 *               (paragraphs or destinations Clearance cannot tell apart): CHECK
 * @param source where the reason comes from
 */
public record ControlReason(String reason, String scope, DestinationRule rule, boolean conservative, String source) {
    /** True when the reason covers the whole entry. */
    public boolean wholeEntry() {
        return scope.isEmpty() || scope.startsWith("entire entry");
    }

    /** The name in traces: the chart column (NS2) or the reason (RS). */
    public String label() {
        return rule.kind() == DestinationRule.Kind.CHART ? rule.column() : reason;
    }
}
