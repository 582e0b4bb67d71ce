package dev.clearance.cli;

import dev.clearance.application.wiring.StartupException;
import dev.clearance.application.wiring.DatabaseSettings;
import dev.clearance.application.wiring.Databases;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.audit.ChainStatus;
import dev.clearance.records.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance audit}: checks the audit trail of a server's database. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Audit trail tools.",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand {

    /**
     * {@code clearance audit verify}: walks the hash chain. Exit 0 and "OK: N records" when intact; exit 1 naming
     * the first record that was edited, removed or reordered.
     */
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Walk the audit hash chain and name the first edited, removed or reordered record.",
                    "Exit status: 0 intact, 1 broken (names the first bad record), 2 cannot open the database."})
    static final class Verify implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--db", description = "JDBC URL (default: env CLEARANCE_DB_URL, else the H2 database in "
                + "the data folder)") String db;
        @Option(names = "--data", description = "data folder of the embedded database (default ./data)") Path data;

        @Override
        public Integer call() {
            DatabaseSettings settings = DatabaseSettings.resolve(db, data, System.getenv());
            PrintWriter out = spec.commandLine().getOut();
            Database database;
            try {
                // Never creates a database: a wrong path is "no Clearance database at ...", not "OK: 0 records".
                database = Databases.openExisting(settings);
            } catch (StartupException e) {
                // e.g. the embedded database is held by a running server: ask it instead (GET /api/audit/verify).
                spec.commandLine().getErr().println("clearance: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return Clearance.BAD_INPUT;
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("clearance: cannot open the database: " + Databases.rootMessage(e));
                spec.commandLine().getErr().flush();
                return Clearance.BAD_INPUT;
            }
            try (database) {
                AuditTrail trail = new AuditTrail(database);
                ChainStatus s = trail.verify();
                if (s.ok()) {
                    out.println("OK: " + s.recordsChecked() + " audit records, chain intact (head "
                            + trail.head().hash() + ")");
                    out.flush();
                    return 0;
                }
                out.println("BROKEN at record " + s.firstBadSeq() + " (" + s.problem() + "): " + s.detail());
                out.flush();
                return 1;
            }
        }
    }
}
