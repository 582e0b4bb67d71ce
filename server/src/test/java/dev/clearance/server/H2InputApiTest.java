package dev.clearance.server;

/** The input tests on the embedded H2 database. */
class H2InputApiTest extends AbstractInputApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("input_api");
    }
}
