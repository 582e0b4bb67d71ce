package dev.clearance.server;

import dev.clearance.records.Database;

/** The determination API examples on the embedded H2 database. */
class H2DeterminationApiTest extends AbstractDeterminationApiTest {
    @Override
    protected Database openDatabase() {
        return Database.open("jdbc:h2:mem:determination_api_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
