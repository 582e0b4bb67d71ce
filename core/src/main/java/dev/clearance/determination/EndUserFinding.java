package dev.clearance.determination;

/**
 * What screening the end user against end-user lists found. The engine does not screen; callers
 * (CLI, server) screen and pass the finding in, which keeps the engine pure.
 *
 * @param name        the end user as given
 * @param listed      true when a list entry matched at or above the threshold
 * @param entryId     the matched entry ({@code meti:123}); empty when not listed
 * @param list        the list it is on
 * @param explanation why it matched, for the trace
 */
public record EndUserFinding(String name, boolean listed, String entryId, String list, String explanation) {
    public static EndUserFinding notListed(String name, String listsChecked) {
        return new EndUserFinding(name, false, "", listsChecked, "");
    }
}
