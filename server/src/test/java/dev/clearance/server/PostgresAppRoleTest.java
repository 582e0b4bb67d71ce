package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.application.wiring.Components;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The application role the README recommends ({@code db/postgresql-app-role.sql}) runs Clearance but cannot
 * UPDATE, DELETE or TRUNCATE audit records, nor switch off the trigger that guards them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresAppRoleTest {
    private PostgresSupport pg;
    private String url;

    @BeforeAll
    void setUp() throws Exception {
        pg = new PostgresSupport();
        // Without the URL's user=postgres, which would override the user each connection names.
        url = pg.newDatabaseUrl().replaceAll("[?&]user=[^&]*", "");
        Database.open(url, "postgres", "postgres").close(); // the owner runs the migrations
        String sql;
        try (InputStream in = PostgresAppRoleTest.class.getResourceAsStream("/db/postgresql-app-role.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute(sql);
            s.execute(sql); // re-running is harmless
            s.execute("ALTER ROLE clearance_app PASSWORD 'app-secret'");
        }
    }

    @AfterAll
    void tearDown() throws Exception {
        if (pg != null) {
            pg.close();
        }
    }

    @Test
    void theApplicationRoleAppendsAndReadsButCannotRewriteTheAuditTrail() throws Exception {
        try (Database app = Database.open(url, "clearance_app", "app-secret");
                Components services = TestServer.parts(app, null, false)) {
            services.keys().ensureFirstAdmin();
            AuditTrail trail = services.audit();
            AuditRecord r = trail.append(AuditRecord.draft("tester", AuditAction.SCREENING, "{}", "{}"));
            assertThat(trail.verify().ok()).isTrue();
            services.recorder().record("tester", AuditAction.DECISION, "x", Map.of(), Map.of(), null, null);
            assertThat(trail.verify().recordsChecked()).isEqualTo(r.seq() + 1);
        }
        try (Connection c = DriverManager.getConnection(url, "clearance_app", "app-secret");
                Statement s = c.createStatement()) {
            for (String forbidden : new String[] {"UPDATE audit_record SET principal = 'mallory'",
                "DELETE FROM audit_record", "TRUNCATE audit_record CASCADE"}) {
                assertThatThrownBy(() -> s.execute(forbidden)).as(forbidden).isInstanceOf(SQLException.class)
                        .hasMessageContaining("permission denied for table audit_record");
            }
            assertThatThrownBy(() -> s.execute("ALTER TABLE audit_record DISABLE TRIGGER audit_record_guard"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> s.execute("DELETE FROM flyway_schema_history"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            var rs = s.executeQuery("SELECT count(*) FROM audit_record WHERE principal = 'mallory'");
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
