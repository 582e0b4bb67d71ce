package dev.clearance.server;

/** Batch results with missing lists and decisions on a real PostgreSQL (embedded, one per class). */
class PostgresBatchTrustApiTest extends AbstractBatchTrustApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
