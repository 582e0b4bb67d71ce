package dev.clearance.lists;

import java.util.Locale;

/** What a list entry or a screening query names. */
public enum EntityType {
    PERSON, ORGANIZATION, VESSEL, AIRCRAFT, UNKNOWN;

    /** Parses {@code person|organization|vessel|aircraft} (and common publisher spellings), else {@code null}. */
    public static EntityType parse(String text) {
        if (text == null) {
            return null;
        }
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "person": case "individual": case "natural person": return PERSON;
            case "organization": case "organisation": case "entity": case "company": case "legalentity": return ORGANIZATION;
            case "vessel": return VESSEL;
            case "aircraft": return AIRCRAFT;
            case "": case "unknown": return UNKNOWN;
            default: return null;
        }
    }

    /** The lower-case word used on the command line and in outputs. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
