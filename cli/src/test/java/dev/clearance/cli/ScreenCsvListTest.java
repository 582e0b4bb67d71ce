package dev.clearance.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code screen --list csv:PATH --map ...}: a company's own list in any headed CSV. */
class ScreenCsvListTest {
    @TempDir Path dir;

    private Path ownList() throws Exception {
        Path p = dir.resolve("denied.csv");
        Files.writeString(p, "Ref,Clean Name,Alias,Kind\n"
                + "D1,Northwind Precision Optics Ltd,NPO Optics;Northwind Optics,organisation\n"
                + "D2,,Nameless,organisation\n"
                + "D3,Karl Gustav Brenner,,person\n", StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void anInlineMappingLoadsTheListAndReportsItsBadRow() throws Exception {
        CliRun r = CliRun.of("screen", "--list", "csv:" + ownList(), "--map",
                "name=Clean Name,alias=Alias,id=Ref,type=Kind,source=own", "--name", "Northwind Optics");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("own:D1").contains("Northwind");
        assertThat(r.err()).contains("denied.csv:3").contains("'Clean Name' (name) is empty");
    }

    @Test
    void aMappingFileWorksAsWell() throws Exception {
        Path map = dir.resolve("denied.map");
        Files.writeString(map, "# my mapping\nname=Clean Name\nalias=Alias\nid=Ref\ntype=Kind\nsource=own\n");
        CliRun r = CliRun.of("screen", "--list", "csv:" + ownList(), "--map", map.toString(), "--name", "Karl Brenner",
                "--type", "person");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("own:D3");
    }

    @Test
    void aCsvListWithoutAMappingIsBadInputNamingTheOption() throws Exception {
        CliRun r = CliRun.of("screen", "--list", "csv:" + ownList(), "--name", "Northwind Optics");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("needs --map");
        CliRun bad = CliRun.of("screen", "--list", "csv:" + ownList(), "--map", "alias=Alias", "--name", "x");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("--map").contains("no 'name' column");
    }
}
