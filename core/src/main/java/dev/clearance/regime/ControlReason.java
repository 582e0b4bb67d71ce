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
 * @param paragraphs the paragraphs of the entry the reason is limited to (3A001.b.2, 3A001.z.1.a); empty when it
 *               covers the whole entry or its text names none Clearance reads
 */
public record ControlReason(String reason, String scope, DestinationRule rule, boolean conservative, String source,
                            java.util.List<String> paragraphs) {
    public ControlReason {
        paragraphs = paragraphs == null ? java.util.List.of() : java.util.List.copyOf(paragraphs);
    }

    /** A reason not limited to paragraphs Clearance reads. */
    public ControlReason(String reason, String scope, DestinationRule rule, boolean conservative, String source) {
        this(reason, scope, rule, conservative, source, java.util.List.of());
    }

    /** How a code stands to the paragraphs the reason is limited to. */
    public enum Reach {
        /** The reason covers the whole entry, or the code is under one of its paragraphs. */
        IN,
        /** The code is broader than one of its paragraphs (3A001 for 3A001.b.2): it may be in it. */
        MAYBE,
        /** The code names another paragraph: the reason does not apply. */
        OUT
    }

    /** How {@code code} stands to the paragraphs the reason is limited to. */
    public Reach reach(String code) {
        if (paragraphs.isEmpty() || paragraphs.stream().anyMatch(p -> Codes.covers(p, code))) {
            return Reach.IN;
        }
        return paragraphs.stream().anyMatch(p -> Codes.covers(code, p)) ? Reach.MAYBE : Reach.OUT;
    }

    /** True when the scope adds conditions beyond its paragraphs ("when usable in missiles", "except ..."). */
    public boolean conditional() {
        return scope.matches("(?is).*\\b(when|except|unless|if|that meet|being exported|exceeding|less than|greater than)\\b.*");
    }
    /** True when the reason covers the whole entry. */
    public boolean wholeEntry() {
        return scope.isEmpty() || scope.startsWith("entire entry");
    }

    /** The name in traces: the chart column (NS2) or the reason (RS). */
    public String label() {
        return rule.kind() == DestinationRule.Kind.CHART ? rule.column() : reason;
    }
}
