package dev.clearance.server;

import dev.clearance.records.Database;

/** The input tests on the embedded H2 database. */
class H2InputApiTest extends AbstractInputApiTest {
    @Override
    protected Database openDatabase() {
        return Database.open("jdbc:h2:mem:input_api_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
