package dev.clearance.records;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 trigger installed by migration on {@code audit_record}: refuses every UPDATE and DELETE, so the audit trail is
 * append-only in the embedded database too. Internal; public only because H2 instantiates it by name.
 */
public final class H2AuditGuard implements Trigger {

    /** Creates the trigger; called by H2. */
    public H2AuditGuard() {
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        String op = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("audit_record is append-only: " + op + " refused", "42501");
    }
}
