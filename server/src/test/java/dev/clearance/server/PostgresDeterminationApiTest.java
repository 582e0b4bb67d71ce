package dev.clearance.server;

import dev.clearance.records.Database;

/** The determination API examples on a real PostgreSQL (embedded, one per class). */
class PostgresDeterminationApiTest extends AbstractDeterminationApiTest {
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
