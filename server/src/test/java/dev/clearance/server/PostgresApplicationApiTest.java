package dev.clearance.server;

import dev.clearance.records.Database;

/** The application API tests on a real PostgreSQL (embedded, one per class). */
class PostgresApplicationApiTest extends AbstractApplicationApiTest {
    private PostgresSupport pg;

    @Override
    protected Database openDatabase() {
        pg = new PostgresSupport();
        return Database.open(pg.newDatabaseUrl(), "postgres", "postgres");
    }

    @Override
    protected void releaseDatabase() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }
}
