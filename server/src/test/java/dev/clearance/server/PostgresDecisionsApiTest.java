package dev.clearance.server;

import dev.clearance.records.Database;

/** Decisions over HTTP on a real PostgreSQL (embedded, one per class). */
class PostgresDecisionsApiTest extends AbstractDecisionsApiTest {
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
