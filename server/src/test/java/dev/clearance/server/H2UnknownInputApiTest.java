package dev.clearance.server;

/** The unknown-input tests on the embedded H2 database. */
class H2UnknownInputApiTest extends AbstractUnknownInputApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("unknown_input_api");
    }
}
