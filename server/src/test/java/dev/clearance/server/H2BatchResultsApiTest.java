package dev.clearance.server;

import dev.clearance.records.Database;

/** Batch results over HTTP on the embedded H2 database. */
class H2BatchResultsApiTest extends AbstractBatchResultsApiTest {
    @Override
    protected Database openDatabase() {
        return Database.open("jdbc:h2:mem:batch_results_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
