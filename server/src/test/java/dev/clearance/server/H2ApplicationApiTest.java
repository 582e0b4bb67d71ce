package dev.clearance.server;

/** The application API tests on the embedded H2 database. */
class H2ApplicationApiTest extends AbstractApplicationApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("applications_api");
    }
}
