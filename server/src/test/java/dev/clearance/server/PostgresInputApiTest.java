package dev.clearance.server;

import dev.clearance.records.Database;

/** The input tests on a real PostgreSQL (embedded, one per class). */
class PostgresInputApiTest extends AbstractInputApiTest {
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
