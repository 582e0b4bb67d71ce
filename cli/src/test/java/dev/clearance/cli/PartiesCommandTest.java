package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.Parties;
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
        CliRun missing = CliRun.of("parties", "import", "--in", dir.resolve("nope.csv").toString(), "--data",
                data.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("nope.csv: no such file");
    }
}
