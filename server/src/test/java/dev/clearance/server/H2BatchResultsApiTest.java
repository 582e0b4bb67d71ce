package dev.clearance.server;

/** Batch results over HTTP on the embedded H2 database. */
class H2BatchResultsApiTest extends AbstractBatchResultsApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("batch_results");
    }
}
