package dev.clearance.matching.explain;

/** How a query token was found to match a listed token. */
public enum MatchKind {
    /** Same word as written. */
    EXACT,
    /** Same word once both are transliterated to Latin or folded to one romanisation. */
    TRANSLITERATED,
    /** Different spelling, same sound (Double Metaphone). */
    PHONETIC,
    /** Spelling differs by a few edits (typos); the count is in {@link TokenMatch#edits()}. */
    EDITS,
    /** Two legal forms of the same kind (JSC and OAO, Ltd and GmbH). */
    LEGAL_FORM,
    /** A single letter standing for the other word. */
    INITIAL,
    /** One query token is two listed tokens written together (JSCARGUMENT ~ JSC ARGUMENT). */
    MERGED,
    /** Two query tokens are one listed token split apart. */
    SPLIT,
    /** One word is one part of the other's hyphenated name ("Sophie" of "Anne-Sophie"); pair scoring only. */
    PART
}
