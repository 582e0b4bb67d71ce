package dev.clearance.cli;

import dev.clearance.application.wiring.DatabaseSettings;
import dev.clearance.application.wiring.Databases;
import dev.clearance.csv.CsvException;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.parties.Parties;
import dev.clearance.application.parties.PartyCsv;
import dev.clearance.application.parties.PartyImport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance parties}: the partner master in a server's database. */
@Command(name = "parties", mixinStandardHelpOptions = true, description = "Partner master tools.",
        subcommands = {PartiesCommand.Import.class})
final class PartiesCommand {

    /**
     * {@code clearance parties import --in partners.csv [--out rows.csv]}: creates and updates parties by key; refused
     * rows are reported with their line and the others stored; {@code --out} writes every input row's outcome, refused
     * rows with their key, line and reason. The server screens the imported parties when it next loads
     * its lists (start or {@code POST /api/lists/reload}); until then they show as UNSCREENED.
     */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Create and update partner-master parties from CSV (header key,name with optional "
                    + "aliases,country,type,dob,identifiers,owner; aliases and identifiers separated by ';').",
                    "Exit status: 0 all rows stored, 2 a row refused (the others are stored) or bad input."})
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--in", required = true, description = "the partners CSV") Path in;
        @Option(names = "--out", description = "CSV of every input row's outcome (key,line,outcome,refused: CREATED, "
                + "UPDATED, UNCHANGED, or REFUSED with the reason)") Path outFile;
        @Option(names = "--db", description = "JDBC URL (default: env CLEARANCE_DB_URL, else the H2 database in "
                + "the data folder)") String db;
        @Option(names = "--data", description = "data folder of the embedded database (default ./data)") Path data;
        @Option(names = "--extra-columns", paramLabel = "NAME,...", split = ",",
                description = "further input columns to carry through unread to --out; any other column the input"
                        + " does not take is refused, naming it (names match trimmed and ignoring case)")
        List<String> extraColumns = new ArrayList<>();

        /** Before the database or --out is opened: --out would hold two columns of one name. */
        private void refuseExtraNamedLikeOutput() {
            try {
                dev.clearance.csv.CsvTable.outputHeader(PartyImport.RowOutcome.HEADER,
                        PartyCsv.extraColumns(extraColumns == null ? List.of() : extraColumns));
            } catch (dev.clearance.input.BadRequestException e) {
                throw e.renamed("extra-columns");
            }
        }

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(in)) {
                err.println("clearance: --in " + in + ": no such file");
                err.flush();
                return Clearance.BAD_INPUT;
            }
            if (outFile != null) {
                refuseExtraNamedLikeOutput();
            }
            DatabaseSettings settings = DatabaseSettings.resolve(db, data, System.getenv());
            Database database;
            try {
                // an import may be the first use: the embedded database is made when missing
                database = settings.embedded() ? Databases.openEmbedded(settings.dataDir())
                        : Databases.openUrl(settings.url(), settings.user(), settings.password());
            } catch (RuntimeException e) {
                err.println("clearance: cannot open the database: " + Databases.rootMessage(e));
                err.flush();
                return Clearance.BAD_INPUT;
            }
            try (database; Reader reader = Files.newBufferedReader(in, StandardCharsets.UTF_8);
                 Writer rows = outFile == null ? Writer.nullWriter()
                         : Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                Parties parties = new Parties(database, new AuditTrail(database));
                List<String> extra = extraColumns == null ? List.of() : extraColumns;
                PartyImport.Report r = PartyImport.run(parties, in.toString(), reader,
                        "cli:" + System.getProperty("user.name", "unknown"), extra,
                        PartyImport.RowOutcome.csvTo(rows, PartyCsv.extraColumns(extra)));
                for (PartyCsv.Problem p : r.problems()) {
                    err.println(p);
                }
                if (r.refused() > r.problems().size()) {
                    err.println("... and " + (r.refused() - r.problems().size()) + " more refused rows");
                }
                out.printf("%s: %d rows: %d created, %d updated, %d unchanged, %d refused%s%n", in, r.rows(), r.created(),
                        r.updated(), r.unchanged(), r.refused(), outFile == null ? "" : "; wrote " + outFile);
                out.flush();
                err.flush();
                return r.refused() > 0 ? Clearance.BAD_INPUT : 0;
            } catch (CsvException e) {
                err.println("clearance: " + e.getMessage());
                err.flush();
                return Clearance.BAD_INPUT;
            } catch (NoSuchFileException e) {
                err.println("clearance: " + e.getFile() + ": no such file (or its folder)");
                err.flush();
                return Clearance.BAD_INPUT;
            }
        }
    }
}
