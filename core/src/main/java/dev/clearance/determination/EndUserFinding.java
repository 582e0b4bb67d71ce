package dev.clearance.determination;

import dev.clearance.regime.ListEffect;
import java.util.List;

/**
 * What screening the end user against end-user lists found. The engine does not screen; callers
 * (CLI, server) screen and pass the finding in, which keeps the engine pure.
 *
 * @param name        the end user as given
 * @param listed      true when a list entry matched at or above the threshold
 * @param entryId     the matched entry ({@code meti:123}); empty when not listed
 * @param list        the list it is on
 * @param explanation why it matched, for the trace
 * @param unscreened  configured lists the end user could not be screened against (not loaded): a "not
 *                    listed" is then not established, and the answer says so
 * @param effect      what a hit on that list means in law (its configuration); null when not listed or not known
 */
public record EndUserFinding(String name, boolean listed, String entryId, String list, String explanation,
                             List<String> unscreened, ListEffect effect) {
    public EndUserFinding {
        unscreened = List.copyOf(unscreened);
    }

    /** A finding with no list effect. */
    public EndUserFinding(String name, boolean listed, String entryId, String list, String explanation,
                          List<String> unscreened) {
        this(name, listed, entryId, list, explanation, unscreened, null);
    }

    /** A finding screened against every configured list. */
    public EndUserFinding(String name, boolean listed, String entryId, String list, String explanation) {
        this(name, listed, entryId, list, explanation, List.of(), null);
    }

    /** A hit screened against every configured list, on a list with this effect. */
    public EndUserFinding(String name, String entryId, String list, String explanation, ListEffect effect) {
        this(name, true, entryId, list, explanation, List.of(), effect);
    }

    public static EndUserFinding notListed(String name, String listsChecked) {
        return new EndUserFinding(name, false, "", listsChecked, "");
    }

    /** The same finding, noting the configured lists it was not screened against. */
    public EndUserFinding withUnscreened(List<String> lists) {
        return new EndUserFinding(name, listed, entryId, list, explanation, lists, effect);
    }
}
