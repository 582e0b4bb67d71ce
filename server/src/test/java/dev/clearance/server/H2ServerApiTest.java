package dev.clearance.server;

import dev.clearance.records.Database;

/** The API tests on the embedded H2 database. */
class H2ServerApiTest extends AbstractServerApiTest {
    @Override
    protected Database openDatabase() {
        return Database.open("jdbc:h2:mem:server_api_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
