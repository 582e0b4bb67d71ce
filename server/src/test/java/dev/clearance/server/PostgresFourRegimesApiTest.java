package dev.clearance.server;

/** The four regimes through the API on a real PostgreSQL (embedded, one per class). */
class PostgresFourRegimesApiTest extends AbstractFourRegimesApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
