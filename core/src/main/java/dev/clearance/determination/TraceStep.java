package dev.clearance.determination;

/**
 * One rule the engine consulted, what it did to the answer, and where the rule comes from.
 *
 * @param rule   the rule's code or name (JP-2019-07-04-KR-THREE-ITEMS, group A, ...)
 * @param effect what it did, in words
 * @param source where the rule is written down
 */
public record TraceStep(String rule, String effect, String source) {
}
