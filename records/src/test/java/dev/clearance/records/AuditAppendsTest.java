package dev.clearance.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Audit appends go through one path: no class of any module but the trail itself writes the audit tables (SQL
 * naming {@code audit_record} or {@code audit_head} after INSERT INTO, UPDATE, DELETE FROM, MERGE INTO or TRUNCATE).
 * A repository or service records by handing a draft to {@code AuditTrail.append}, in its own transaction or not.
 */
class AuditAppendsTest {
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(insert\\s+into|update|delete\\s+from|merge\\s+into|truncate(\\s+table)?)\\s+audit_(record|head)\\b");
    private static final String THE_APPENDER = "records/src/main/java/dev/clearance/records/audit/AuditTrail.java";

    @Test
    void onlyTheTrailWritesTheAuditTables() throws IOException {
        Path project = Path.of("..").toRealPath();
        List<String> writers = new ArrayList<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(project)) {
            sources = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> project.relativize(p).toString().replace('\\', '/').matches("[^/]+/src/main/java/.*"))
                    .toList();
        }
        boolean sawTheAppender = false;
        for (Path p : sources) {
            String rel = project.relativize(p).toString().replace('\\', '/');
            Matcher m = WRITE.matcher(Files.readString(p));
            boolean writes = m.find();
            if (rel.equals(THE_APPENDER)) {
                sawTheAppender = writes;
            } else if (writes) {
                writers.add(rel + ": " + m.group());
            }
        }
        assertThat(sawTheAppender).as("the scan finds the trail's own insert, so it would find another's").isTrue();
        assertThat(writers).as("classes writing the audit tables other than the trail").isEmpty();
    }
}
