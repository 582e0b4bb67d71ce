package dev.clearance.server;

/** Batch results with missing lists and decisions on the embedded H2 database. */
class H2BatchTrustApiTest extends AbstractBatchTrustApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("batch_trust");
    }
}
