package dev.clearance.server;

/** The four regimes through the API on the embedded H2 database. */
class H2FourRegimesApiTest extends AbstractFourRegimesApiTest {
    @Override
    protected TestDatabase vendor() {
        return TestDatabase.h2("four_regimes_api");
    }
}
