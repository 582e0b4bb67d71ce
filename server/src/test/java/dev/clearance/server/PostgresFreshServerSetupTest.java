package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.Database;
import dev.clearance.application.wiring.Components;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL set-up of server/README.md, run as written on a fresh server (embedded PostgreSQL): the psql lines
 * as the user each names, the owner's first start (which migrates), the app-role script as the owner, then the
 * server and {@code audit verify} as the application role.
 */
class PostgresFreshServerSetupTest {
    private static final Pattern PSQL = Pattern.compile("^psql -U (\\w+)(?: -d \\w+)? (?:-c \"(.*)\"|-f (\\S+))$");

    /** The psql lines of the README's fresh-server block, in order: {user, sql or file}. */
    private static List<String[]> steps() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("On a fresh PostgreSQL server");
        assertThat(start).as("server/README.md describes the fresh-server set-up").isPositive();
        String block = readme.substring(readme.indexOf("```sh", start), readme.indexOf("```\n", readme.indexOf("```sh",
                start) + 5));
        List<String[]> out = new ArrayList<>();
        for (String line : block.lines().toList()) {
            Matcher m = PSQL.matcher(line.trim());
            if (m.matches()) {
                out.add(m.group(2) != null ? new String[] {m.group(1), m.group(2), null}
                        : new String[] {m.group(1), null, m.group(3)});
            } else if (line.contains("bin/clearance serve") && line.contains("CLEARANCE_DB_USER=clearance ")) {
                out.add(new String[] {"clearance", null, null}); // the owner's first start: migrations
            }
        }
        return out;
    }

    @Test
    void theReadmesFreshServerSetUpRunsAsWritten() throws Exception {
        List<String[]> steps = steps();
        assertThat(steps).hasSize(5);
        try (PostgresSupport pg = new PostgresSupport()) {
            String base = pg.newDatabaseUrl().replaceAll("[?&]user=[^&]*", "");
            String serverUrl = base.substring(0, base.lastIndexOf('/') + 1);
            String url = serverUrl + "clearance";
            for (String[] step : steps) {
                String user = step[0];
                String password = switch (user) {
                    case "postgres" -> "postgres";
                    case "clearance" -> "owner-secret";
                    default -> throw new IllegalStateException("a step as " + user);
                };
                if (step[1] == null && step[2] == null) {
                    ServerMainAccess.openUrl(url, user, password).close();
                    continue;
                }
                String target = user.equals("postgres") ? serverUrl + "postgres" : url;
                String sql = step[1] != null ? step[1] : Files.readString(Path.of("..").resolve(step[2]));
                try (Connection c = DriverManager.getConnection(target, user, password);
                        Statement s = c.createStatement()) {
                    s.execute(sql);
                }
            }
            try (Database app = ServerMainAccess.openUrl(url, "clearance_app", "a-long-secret");
                    Components services = TestServer.parts(app, null, false)) {
                services.keys().ensureFirstAdmin();
                services.recorder().record("tester", AuditAction.SCREENING, "x", java.util.Map.of(),
                        java.util.Map.of(), null, null);
                assertThat(services.audit().verify().ok()).isTrue();
            }
            try (Database verify = ServerMainAccess.openExisting(url, "clearance_app", "a-long-secret")) {
                assertThat(new dev.clearance.records.audit.AuditTrail(verify).verify().recordsChecked()).isPositive();
            }
        }
    }

    /** The server's own ways of opening a database by URL, as serve and audit verify use them. */
    private static final class ServerMainAccess {
        static Database openUrl(String url, String user, String password) {
            return dev.clearance.application.wiring.Databases.openUrl(url, user, password);
        }

        static Database openExisting(String url, String user, String password) {
            return dev.clearance.application.wiring.Databases.openExisting(url, user, password);
        }
    }
}
