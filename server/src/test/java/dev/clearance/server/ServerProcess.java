package dev.clearance.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A server in a JVM of its own on an H2 file database, for tests that kill it with {@code kill -9} and start it again
 * on the same data. It lives in a temporary folder of its own ({@link #dir()}: the data in {@code data/}, each run's
 * output in the log named at {@link #start}) on a port picked once, so a restart serves at the same address.
 * {@link #close()} stops a running server and removes the folder.
 */
final class ServerProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);
    private final Path dir;
    private final int port;
    private Process process;
    private String dbUrl;
    private final java.util.Map<String, String> env = new java.util.HashMap<>();

    private ServerProcess(Path dir, int port) {
        this.dir = dir;
        this.port = port;
    }

    /**
     * Runs the server on a database named by URL (e.g. a PostgreSQL shared with other servers) instead of H2 in
     * {@code data/}, with these environment variables (credentials, lease lengths); {@code data/} still gets the
     * admin key when this server is the first on the database.
     *
     * @return this process, for chaining
     */
    ServerProcess onDatabase(String url, java.util.Map<String, String> environment) {
        this.dbUrl = url;
        this.env.putAll(environment);
        return this;
    }

    /**
     * Sets environment variables of the server's process (e.g. {@code CLEARANCE_LOG_FORMAT}).
     *
     * @return this process, for chaining
     */
    ServerProcess withEnv(java.util.Map<String, String> environment) {
        this.env.putAll(environment);
        return this;
    }

    /** @return {@code http://127.0.0.1:port} */
    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** @return a server not yet started, in a new temporary folder named after {@code prefix}, on a free port */
    static ServerProcess inTempDir(String prefix) throws IOException {
        return new ServerProcess(Files.createTempDirectory(prefix), freePort());
    }

    /** @return the server's folder: {@code data/} is its database and keys; the test may put its lists here */
    Path dir() {
        return dir;
    }

    /**
     * Starts {@link ServerMain} on 127.0.0.1 with its data in {@code dir/data}; returns once it serves.
     *
     * @param lists the lists file
     * @param logName the file in {@link #dir()} that gets the server's output
     */
    void start(Path lists, String logName) throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("already running");
        }
        Path log = dir.resolve(logName);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                "dev.clearance.server.ServerMain", "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--data", dir.resolve("data").toString(), "--lists", lists.toString()));
        if (dbUrl != null) {
            command.addAll(List.of("--db", dbUrl));
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        process = p;
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(log) && Files.readString(log).contains("clearance: serving on")) {
                return;
            }
            if (!p.isAlive()) {
                throw new IllegalStateException("server exited: " + Files.readString(log));
            }
            Thread.sleep(50);
        }
        p.destroyForcibly();
        throw new IllegalStateException("server did not start: " + Files.readString(log));
    }

    /** Stops the server gently (as {@code kill} would), keeping its folder, and waits until it is gone. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    /** Kills the server as {@code kill -9} would, and waits until it is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /**
     * @return a client with the administrator key the first start wrote to {@code data/admin.key}; it keeps working
     *     across restarts, since the port stays the same
     */
    Api admin() throws IOException {
        return new Api("http://127.0.0.1:" + port, Files.readString(dir.resolve("data/admin.key")).trim());
    }

    /** Stops the server if it runs (gently), then removes its folder. */
    @Override
    public void close() throws InterruptedException {
        try {
            if (process != null && process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        } finally {
            TempDirs.delete(dir);
        }
    }

    /** Closes {@code server} unless the test never made it ({@code null}). */
    static void close(ServerProcess server) throws InterruptedException {
        if (server != null) {
            server.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
