package dev.clearance.server;

/** The product master end to end on the embedded H2 database. */
class H2ProductsApiTest extends AbstractProductsApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("products_api");
    }
}
