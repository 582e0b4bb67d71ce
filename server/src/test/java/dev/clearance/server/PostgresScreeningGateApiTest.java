package dev.clearance.server;

/** The screening gate tests on a real PostgreSQL (embedded, one per class). */
class PostgresScreeningGateApiTest extends AbstractScreeningGateApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
