package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.parties.Parties;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartiesCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsPartnersReportsRefusedRowsWithTheirLineAndAuditsTheChange() throws Exception {
        Path csv = dir.resolve("partners.csv");
        Files.writeString(csv, "key,name,aliases,country,type,dob,identifiers\n"
                + "C-1,Acme GmbH,ACME Handels GmbH;Acme,DE,organization,1999,HRB 12345\n"
                + "C-2,,,,,,\n"
                + "C-3,Ivan Petrov,,RU,person,1970-01-02,\n");
        Path data = dir.resolve("data");
        CliRun first = CliRun.of("parties", "import", "--in", csv.toString(), "--data", data.toString());
        assertThat(first.status()).as(first.err()).isEqualTo(2);
        assertThat(first.err()).contains("partners.csv:3: column name: empty");
        assertThat(first.out()).contains("3 rows: 2 created, 0 updated, 0 unchanged, 1 refused");

        Files.writeString(csv, "key,name,country\nC-3,Ivan Petrov,CY\n");
        CliRun second = CliRun.of("parties", "import", "--in", csv.toString(), "--data", data.toString());
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).contains("1 rows: 0 created, 1 updated, 0 unchanged, 0 refused");

        assertThat(CliRun.of("audit", "verify", "--data", data.toString()).out()).startsWith("OK: 2 audit records");
        try (Database db = Database.openDefault(data)) {
            Parties parties = new Parties(db, new AuditTrail(db));
            assertThat(parties.get("C-1").orElseThrow().aliases()).containsExactly("ACME Handels GmbH", "Acme");
            assertThat(parties.get("C-3").orElseThrow().country()).isEqualTo("CY");
            assertThat(parties.get("C-3").orElseThrow().screenedAt()).isNull();
        }
        CliRun noFolder = CliRun.of("parties", "import", "--in", csv.toString(), "--data", data.toString(),
                "--out", dir.resolve("no/such/rows.csv").toString());
        assertThat(noFolder.status()).isEqualTo(2);
        assertThat(noFolder.err()).contains("rows.csv: no such file");
        CliRun missing = CliRun.of("parties", "import", "--in", dir.resolve("nope.csv").toString(), "--data",
                data.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: no such file");
    }

    @Test
    void outWritesEveryInputRowInFileOrderRefusedOnesWithKeyLineAndReason() throws Exception {
        Path csv = dir.resolve("partners.csv");
        Files.writeString(csv, "key,name,country\n"
                + "C-1,Acme GmbH,DE\n"
                + "C-2,,DE\n"
                + "C-3,Ivan Petrov,RU\n"
                + "C-1,Acme again,DE\n"
                + "C-4,\"broken,DE\n");
        Path data = dir.resolve("data");
        Path rows = dir.resolve("rows.csv");
        CliRun first = CliRun.of("parties", "import", "--in", csv.toString(), "--data", data.toString(),
                "--out", rows.toString());
        assertThat(first.status()).as(first.err()).isEqualTo(2);
        assertThat(first.out()).contains("2 created").contains("wrote " + rows);
        java.util.List<String> lines = Files.readAllLines(rows);
        assertThat(lines.get(0)).isEqualTo("key,line,outcome,refused");
        assertThat(lines.get(1)).isEqualTo("C-1,2,CREATED,");
        assertThat(lines.get(2)).startsWith("C-2,3,REFUSED,").contains("column name");
        assertThat(lines.get(3)).isEqualTo("C-3,4,CREATED,");
        assertThat(lines.get(4)).startsWith("C-1,5,REFUSED,").contains("already given on line 2");
        // the unreadable last record is still a row of the output, with its line and reason
        assertThat(lines).hasSize(6);
        assertThat(lines.get(5)).startsWith(",6,REFUSED,");

        Files.writeString(csv, "key,name,country\nC-1,Acme GmbH,DE\nC-3,Ivan Petrov,CY\n");
        CliRun second = CliRun.of("parties", "import", "--in", csv.toString(), "--data", data.toString(),
                "--out", rows.toString());
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(Files.readAllLines(rows)).containsExactly("key,line,outcome,refused", "C-1,2,UNCHANGED,",
                "C-3,3,UPDATED,");
    }
}
