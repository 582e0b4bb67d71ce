package dev.clearance.records.decisions;

/** What an officer decided about a screening hit. */
public enum DecisionKind {
    /** The party is not the listed one: the hit stops raising an alert while both sides' data are unchanged. */
    FALSE_POSITIVE,
    /** The party is the listed one: it is blocked; screenings and determinations for it report the match. */
    CONFIRMED_MATCH,
    /** Handed on for a decision elsewhere: the hit keeps raising an alert. */
    ESCALATED
}
