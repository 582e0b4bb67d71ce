package dev.clearance.server;

/** The API tests on a real PostgreSQL (embedded, one per class). */
class PostgresServerApiTest extends AbstractServerApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
