package dev.clearance.determination;

/**
 * An effect in English words together with its wording's key and values (name, value, ...), so a reader's language
 * can word it: what a helper that explains a decision (why a licence type is not offered) hands to the trace.
 *
 * @param effect the English effect, as API clients have always read it
 * @param key    the wording's key ({@code trace.<key>} of the catalogues)
 * @param args   the values, as name, value, name, value, ...
 */
record Wording(String effect, String key, Object... args) {
}
