package dev.clearance.cli;

import dev.clearance.server.ServerMain;
import dev.clearance.server.ServerOptions;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clearance serve}: the REST API and web UI. Without {@code --db} (or CLEARANCE_DB_URL) it runs on an H2
 * file database in the data folder, and prints a first admin key on first start.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the REST API and web UI.",
                "Embedded:   clearance serve --port 8080   (H2 database in ./data, lists from ./data/lists.yaml)",
                "PostgreSQL: clearance serve --db jdbc:postgresql://host/clearance   (user/password: CLEARANCE_DB_USER, "
                        + "CLEARANCE_DB_PASSWORD)"})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", description = "port to listen on (default 8080)") Integer port;
    @Option(names = "--host", description = "interface to listen on (default all)") String host;
    @Option(names = "--db", description = "JDBC URL (jdbc:h2:... or jdbc:postgresql://...); default: env "
            + "CLEARANCE_DB_URL, else an H2 file database in the data folder") String db;
    @Option(names = "--data", description = "data folder for the embedded database and first admin key "
            + "(default: env CLEARANCE_DATA, else ./data)") Path data;
    @Option(names = "--lists", description = "lists file, YAML: lists: [{name, format, path|paths|url}] "
            + "(default: env CLEARANCE_LISTS, else <data>/lists.yaml)") Path lists;
    @Option(names = "--four-eyes", description = "a false positive suppresses alerts only once a second officer "
            + "confirms it (also: env CLEARANCE_FOUR_EYES=true)") boolean fourEyes;
    @Option(names = "--log-format", description = "plain (default) or json: one JSON object per log line, with the "
            + "request id (also: env CLEARANCE_LOG_FORMAT)") String logFormat;

    @Override
    public Integer call() throws InterruptedException {
        ServerMain.Running running;
        try {
            ServerMain.logFormat(logFormat != null ? logFormat : System.getenv("CLEARANCE_LOG_FORMAT"), System.err);
            running = ServerMain.start(ServerOptions.resolve(host, port, db, data, lists, System.getenv()).withFourEyes(fourEyes), System.out);
        } catch (dev.clearance.application.wiring.StartupException | IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "clearance-shutdown"));
        stopped.await();
        return 0;
    }
}
