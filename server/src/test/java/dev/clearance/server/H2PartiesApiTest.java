package dev.clearance.server;

import dev.clearance.records.Database;

/** The partner master end to end on the embedded H2 database. */
class H2PartiesApiTest extends AbstractPartiesApiTest {
    @Override
    protected Database openDatabase() {
        return Database.open("jdbc:h2:mem:parties_api_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
