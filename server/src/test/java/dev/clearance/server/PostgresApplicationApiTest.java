package dev.clearance.server;

/** The application API tests on a real PostgreSQL (embedded, one per class). */
class PostgresApplicationApiTest extends AbstractApplicationApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
