package dev.clearance.server;

import dev.clearance.records.Database;

/** Decisions over HTTP on a real PostgreSQL (embedded, one per class). */
class PostgresDecisionsApiTest extends AbstractDecisionsApiTest {
    private PostgresSupport pg;

    @Override
    protected Database openDatabase() {
        if (pg == null) {
            pg = new PostgresSupport();
        }
        return Database.open(pg.newDatabaseUrl(), "postgres", "postgres");
    }

    @Override
    protected void releaseDatabase() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }
}
