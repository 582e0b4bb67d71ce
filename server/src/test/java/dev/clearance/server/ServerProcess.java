package dev.clearance.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A server in a JVM of its own on an H2 file database, for tests that kill it with {@code kill -9}. */
final class ServerProcess {
    private ServerProcess() {
    }

    /** Starts {@link ServerMain} on 127.0.0.1 with its data in {@code dir/data}; returns once it serves. */
    static Process launch(Path dir, Path lists, int port, Path log) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.clearance.server.ServerMain", "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--data", dir.resolve("data").toString(), "--lists", lists.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("clearance: serving on")) {
                return p;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new IllegalStateException("server did not start: " + Files.readString(log));
    }

    /** @return a port free on this machine now */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
