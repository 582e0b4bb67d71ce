package dev.clearance.cli;

import dev.clearance.determination.EndUserFinding;

/** Screens end users for determinations; with no lists given, an end user is recorded as not screened. */
interface EndUsers {
    /**
     * No lists given: the end user is noted as not screened, which makes the answer CHECK with a caveat in the trace
     * (JSON, CSV and text alike): unscreened is never clear.
     */
    EndUsers NONE = name -> name == null ? null : EndUserFinding.notListed(name, "no list given (--list)")
            .withUnscreened(java.util.List.of("any list (no --list given)"));

    /** The finding for an end user's name, or null when no end user was given. */
    EndUserFinding find(String name);

    /**
     * The finding for an end user given in {@code field} (e.g. the {@code end_user} column); a name too long or
     * unusable to screen is a {@link dev.clearance.input.BadRequestException} naming the field.
     */
    default EndUserFinding find(String field, String name) {
        return find(name == null ? null : dev.clearance.matching.PartyInput.name(field, name));
    }
}
