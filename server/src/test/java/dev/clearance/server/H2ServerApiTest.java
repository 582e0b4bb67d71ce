package dev.clearance.server;

/** The API tests on the embedded H2 database. */
class H2ServerApiTest extends AbstractServerApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("server_api");
    }
}
