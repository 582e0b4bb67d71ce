package dev.clearance.records;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base for tests that run against each supported database: subclasses say how to open one. */
abstract class DatabaseTest {

    protected Database db;

    /** @return a fresh, migrated, empty database */
    protected abstract Database openDatabase();

    @BeforeEach
    void openDb() {
        db = openDatabase();
    }

    @AfterEach
    void closeDb() {
        if (db != null) {
            db.close();
        }
    }

    /**
     * Runs SQL through a privileged path that bypasses the audit guard, as an attacker with database-owner rights
     * could: on H2 the guard trigger is dropped and referential integrity switched off while it runs; on PostgreSQL triggers are disabled for the session
     * ({@code session_replication_role = replica}, superuser only).
     */
    protected void tamper(String... sql) {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (db.vendor() == Database.Vendor.H2) {
                s.execute("DROP TRIGGER IF EXISTS audit_record_guard");
                s.execute("SET REFERENTIAL_INTEGRITY FALSE");
            } else {
                s.execute("SET session_replication_role = replica");
            }
            try {
                for (String q : sql) {
                    s.execute(q);
                }
            } finally {
                if (db.vendor() == Database.Vendor.POSTGRESQL) {
                    s.execute("SET session_replication_role = DEFAULT");
                } else {
                    s.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
            }
            if (!c.getAutoCommit()) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a query that returns one number. */
    protected long queryLong(String sql) {
        Long v = db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
        return v;
    }
}
