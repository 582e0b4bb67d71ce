package dev.clearance.records;

class PostgresProductMasterTest extends AbstractProductMasterTest {
    @org.junit.jupiter.api.extension.RegisterExtension static final PostgresSupport PG = new PostgresSupport(); @Override protected Database openDatabase() { return PG.newDatabase(); }
}
