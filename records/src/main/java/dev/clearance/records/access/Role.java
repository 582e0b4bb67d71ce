package dev.clearance.records.access;

/** API roles, each allowing everything the lower ones do: viewer &lt; requester &lt; officer &lt; admin. */
public enum Role {
    /** Reads results and the audit trail. */
    VIEWER,
    /** Also requests determinations and screenings. */
    REQUESTER,
    /** Also decides, reviews hits and manages licences. */
    OFFICER,
    /** Also manages keys and lists. */
    ADMIN;

    /**
     * @param needed the role an action requires
     * @return whether this role is at least {@code needed}
     */
    public boolean allows(Role needed) {
        return compareTo(needed) >= 0;
    }
}
