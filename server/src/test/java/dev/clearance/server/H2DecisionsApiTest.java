package dev.clearance.server;

import dev.clearance.records.Database;

/** Decisions over HTTP on the embedded H2 database. */
class H2DecisionsApiTest extends AbstractDecisionsApiTest {
    @Override
    protected Database openDatabase() {
        return Database.open("jdbc:h2:mem:decisions_api_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }
}
