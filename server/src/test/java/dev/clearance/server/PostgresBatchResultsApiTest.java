package dev.clearance.server;

import dev.clearance.records.Database;

/** Batch results over HTTP on a real PostgreSQL (embedded, one per class). */
class PostgresBatchResultsApiTest extends AbstractBatchResultsApiTest {
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
