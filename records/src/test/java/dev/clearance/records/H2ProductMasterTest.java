package dev.clearance.records;

class H2ProductMasterTest extends AbstractProductMasterTest {
    @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir; @Override protected Database openDatabase() { return Database.openDefault(dir.resolve("data")); }
}
