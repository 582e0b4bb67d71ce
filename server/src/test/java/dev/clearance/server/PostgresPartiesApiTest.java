package dev.clearance.server;

import dev.clearance.records.Database;

/** The partner master end to end on a real PostgreSQL (embedded). */
class PostgresPartiesApiTest extends AbstractPartiesApiTest {
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
