package dev.clearance.server;

import dev.clearance.records.Database;

/** The input tests on a real PostgreSQL (embedded, one per class). */
class PostgresInputApiTest extends AbstractInputApiTest {
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
