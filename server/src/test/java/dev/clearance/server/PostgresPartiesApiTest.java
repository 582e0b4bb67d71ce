package dev.clearance.server;

import dev.clearance.records.Database;

/** The partner master end to end on a real PostgreSQL (embedded). */
class PostgresPartiesApiTest extends AbstractPartiesApiTest {
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
