package dev.clearance.server;

import dev.clearance.records.Database;

/** The determination API examples on a real PostgreSQL (embedded, one per class). */
class PostgresDeterminationApiTest extends AbstractDeterminationApiTest {
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
