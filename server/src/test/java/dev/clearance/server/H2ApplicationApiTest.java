package dev.clearance.server;

import dev.clearance.records.Database;

/** The application API tests on the embedded H2 database. */
class H2ApplicationApiTest extends AbstractApplicationApiTest {
    @Override
    protected Database openDatabase() {
        return Database.open("jdbc:h2:mem:applications_api_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
