package dev.clearance.server;

import dev.clearance.records.Database;

/** The API tests on a real PostgreSQL (embedded, one per class). */
class PostgresServerApiTest extends AbstractServerApiTest {
    private final PostgresSupport pg = new PostgresSupport();

    @Override
    protected Database openDatabase() {
        return pg.openDatabase();
    }

    @Override
    protected void releaseDatabase() throws Exception {
        pg.close();
    }
}
