package dev.clearance.records;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class H2ClusterRecordsTest extends AbstractClusterRecordsTest {
    @TempDir
    Path dir;

    @Override
    protected Database openDatabase() {
        return Database.openDefault(dir.resolve("data"));
    }
}
