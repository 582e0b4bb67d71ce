package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A named-party list's legal effect on the command line: the README's Argut OOO example, a csv list's effect. */
class EndUserEffectCliTest {
    private static final Path METI = Path.of(System.getProperty("clearance.shared", "../shared"), "data", "lists",
            "jp_meti_russia_tokutei_2025-09-12.txt");
    @TempDir Path dir;

    @Test
    void theReadmesArgutExampleIsProhibited() {
        Assumptions.assumeTrue(Files.isReadable(METI), METI + " absent: skipping");
        CliRun r = CliRun.of("determine", "--from", "JP", "--to", "RU", "--item", "NONE", "--date", "2025-10-01",
                "--end-user", "Argut OOO", "--list", "meti-txt:" + METI);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Prohibited").contains("export-ban:JP").contains("48(3)");
    }

    private CliRun denied(String effect) throws Exception {
        Path csv = dir.resolve("denied.csv");
        Files.writeString(csv, "Name,Ref\nAcme Denied Industries GmbH,D-1\n");
        return CliRun.of("determine", "--from", "JP", "--to", "CN", "--item", "3C002", "--date", "2025-01-10",
                "--end-user", "Acme Denied Industries GmbH", "--list", "csv:" + csv,
                "--map", "name=Name,id=Ref" + effect);
    }

    @Test
    void aCsvListTakesItsEffect() throws Exception {
        CliRun ban = denied(",effect=export-ban:JP");
        assertThat(ban.status()).as(ban.err()).isZero();
        assertThat(ban.out()).startsWith("Prohibited");
        CliRun plain = denied("");
        assertThat(plain.status()).as(plain.err()).isZero();
        assertThat(plain.out()).startsWith("Licence required").contains("confidence check").contains("CHECK: listed as");
    }

    @Test
    void anUnknownEffectIsRefusedNamingTheField() throws Exception {
        CliRun r = denied(",effect=embargo");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("effect").contains("embargo").doesNotContain("Exception");
    }
}
