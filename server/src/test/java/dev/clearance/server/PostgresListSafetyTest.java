package dev.clearance.server;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/** List safety and updates on a real PostgreSQL (embedded, one per class). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresListSafetyTest extends AbstractListSafetyTest {
    private PostgresSupport pg;

    @Override
    protected String newDatabaseUrl() {
        if (pg == null) {
            pg = new PostgresSupport();
        }
        return pg.newDatabaseUrl();
    }

    @AfterAll
    void stopPostgres() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }
}
