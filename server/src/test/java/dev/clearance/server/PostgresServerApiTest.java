package dev.clearance.server;

import dev.clearance.records.Database;

/** The API tests on a real PostgreSQL (embedded, one per class). */
class PostgresServerApiTest extends AbstractServerApiTest {
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
