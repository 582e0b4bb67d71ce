package dev.clearance.server;

/** Batch results over HTTP on a real PostgreSQL (embedded, one per class). */
class PostgresBatchResultsApiTest extends AbstractBatchResultsApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
