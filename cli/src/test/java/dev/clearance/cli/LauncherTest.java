package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code bin/clearance}, run by bash in a copy of the project's layout with stand-ins for {@code mvn}
 * (logs its calls, writes a jar) and {@code java} (prints its class path): it rebuilds only when module sources or
 * poms change, and never removes a build a running process uses.
 */
@EnabledOnOs(OS.LINUX)
class LauncherTest {
    @TempDir
    Path root;

    private Path launcher;
    private Path fakeBin;
    private long clock = Instant.now().getEpochSecond();

    private void layout() throws IOException {
        Path repo = Path.of(System.getProperty("user.dir")).getParent();
        launcher = root.resolve("bin/clearance");
        Files.createDirectories(launcher.getParent());
        Files.copy(repo.resolve("bin/clearance"), launcher);
        executable(launcher);
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("core/src/main/java"));
        Files.writeString(root.resolve("core/pom.xml"), "<project/>");
        Files.writeString(root.resolve("core/src/main/java/A.java"), "class A {}");
        Files.createDirectories(root.resolve("cli/src"));
        Files.writeString(root.resolve("cli/pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("data"));
        Files.writeString(root.resolve("data/lists.yaml"), "lists: []\n");
        fakeBin = root.resolve("fake-bin");
        Files.createDirectories(fakeBin);
        Files.writeString(fakeBin.resolve("mvn"), String.join("\n", "#!/usr/bin/env bash",
                "echo \"$*\" >> \"" + root.resolve("mvn.log") + "\"",
                "for a in \"$@\"; do case \"$a\" in",
                "  install) mkdir -p cli/target/lib; echo jar > cli/target/clearance-cli.jar; echo dep > cli/target/lib/dep.jar;;",
                "  -DoutputDirectory=*) d=\"${a#-DoutputDirectory=}\"; mkdir -p \"$d\"; echo dep > \"$d/dep.jar\";;",
                "esac; done", ""));
        Files.writeString(fakeBin.resolve("java"), "#!/usr/bin/env bash\necho \"$@\"\n");
        executable(fakeBin.resolve("mvn"));
        executable(fakeBin.resolve("java"));
    }

    private static void executable(Path p) throws IOException {
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Runs the launcher; returns the class path the stand-in java was given. */
    private String run() throws Exception {
        ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "--version").redirectErrorStream(true);
        pb.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().filter(l -> l.contains("-cp")).findFirst().orElseThrow(() -> new AssertionError(out))
                .replaceAll(".* -cp (\\S+) .*", "$1");
    }

    private long builds() throws IOException {
        Path log = root.resolve("mvn.log");
        return Files.exists(log) ? Files.readAllLines(log).stream().filter(l -> l.contains(" install")).count() : 0;
    }

    /** Marks a file as changed now (later than any build so far, whatever the file system's time resolution). */
    private void touch(String relative) throws IOException {
        clock += 10;
        Files.setLastModifiedTime(root.resolve(relative), FileTime.from(Instant.ofEpochSecond(clock)));
    }

    private List<Path> buildFolders() throws IOException {
        try (var s = Files.list(root.resolve("cli/target/dist"))) {
            return s.filter(p -> p.getFileName().toString().startsWith("build-")).sorted().toList();
        }
    }

    @Test
    void rebuildsOnlyWhenSourcesOrPomsChangeAndKeepsABuildInUse() throws Exception {
        layout();
        String first = run();
        assertThat(builds()).isEqualTo(1);
        assertThat(first).contains("/cli/target/dist/build-").endsWith("/lib/*");
        assertThat(run()).isEqualTo(first);
        touch("data/lists.yaml");
        Files.writeString(root.resolve("report.html"), "<html/>");
        touch("report.html");
        assertThat(run()).as("data and reports do not rebuild").isEqualTo(first);
        assertThat(builds()).isEqualTo(1);

        touch("core/src/main/java/A.java");
        String second = run();
        assertThat(builds()).isEqualTo(2);
        assertThat(second).isNotEqualTo(first);
        assertThat(buildFolders()).as("the unused first build is removed").hasSize(1);

        // A "server" runs from the second build; a pom change rebuilds, and the second build stays.
        Path inUse = Path.of(second.substring(0, second.indexOf("/clearance-cli.jar")));
        Process server = new ProcessBuilder("bash", "-c", "sleep 60; true", inUse + "/clearance-cli.jar").start();
        try {
            touch("core/pom.xml");
            String third = run();
            assertThat(builds()).isEqualTo(3);
            assertThat(third).isNotEqualTo(second);
            assertThat(inUse.resolve("clearance-cli.jar")).exists();
            assertThat(inUse.resolve("lib/dep.jar")).exists();
        } finally {
            server.destroy();
            server.waitFor();
        }
        touch("pom.xml");
        run();
        assertThat(builds()).isEqualTo(4);
        assertThat(inUse).as("removed once no process uses it").doesNotExist();
        assertThat(buildFolders()).hasSize(1);
    }
}
