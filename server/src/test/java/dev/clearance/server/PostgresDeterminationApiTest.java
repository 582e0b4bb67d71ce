package dev.clearance.server;

/** The determination API examples on a real PostgreSQL (embedded, one per class). */
class PostgresDeterminationApiTest extends AbstractDeterminationApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
