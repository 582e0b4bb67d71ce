package dev.clearance.server;

/** The product master end to end on a real PostgreSQL (embedded). */
class PostgresProductsApiTest extends AbstractProductsApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.postgres();
    }
}
