package dev.clearance.cli;

import dev.clearance.application.wiring.ApplicationOptions;
import dev.clearance.application.wiring.StartupException;
import dev.clearance.application.wiring.DatabaseSettings;
import dev.clearance.application.wiring.Databases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clearance.records.Database;
import dev.clearance.application.json.JsonText;
import dev.clearance.application.lists.ListCatalogue;
import dev.clearance.application.lists.ListLoad;
import dev.clearance.application.wiring.Components;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance lists}: the restricted-party lists of a server's database. */
@Command(name = "lists", mixinStandardHelpOptions = true, description = "Restricted-party list tools.",
        subcommands = {ListsCommand.Update.class})
final class ListsCommand {

    /**
     * {@code clearance lists update}: checks every list's source (URLs by conditional GET, files by SHA-256) and
     * loads what changed, with the same validation as a reload. Against a running server ({@code --server}) or
     * directly on a database no server holds.
     */
    @Command(name = "update", mixinStandardHelpOptions = true,
            description = {"Fetch the lists of lists.yaml that changed at their source and record new versions.",
                    "With --server: asks a running server (POST /api/lists/update, admin key from --key, "
                            + "CLEARANCE_API_KEY or <data>/admin.key).",
                    "Without: works on the database (--db or --data) directly; the embedded one must not be "
                            + "held by a running server.",
                    "Exit status: 0 every list loaded or unchanged, 2 a list refused (its last good version stays) "
                            + "or bad input."})
    static final class Update implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--server", description = "base URL of a running server, e.g. http://localhost:8080")
        String server;
        @Option(names = "--key", description = "admin API key for --server (default: env CLEARANCE_API_KEY, else "
                + "<data>/admin.key)") String key;
        @Option(names = "--db", description = "JDBC URL (default: env CLEARANCE_DB_URL, else the H2 database in "
                + "the data folder)") String db;
        @Option(names = "--data", description = "data folder (default ./data)") Path data;
        @Option(names = "--lists", description = "lists file (default <data>/lists.yaml)") Path lists;

        @Override
        public Integer call() throws IOException, InterruptedException {
            DatabaseSettings o = DatabaseSettings.resolve(db, data, System.getenv());
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            return server != null ? viaServer(o, out, err) : direct(o, out, err);
        }

        private int direct(DatabaseSettings o, PrintWriter out, PrintWriter err) {
            Database database;
            try {
                database = Databases.openExisting(o);
            } catch (StartupException e) {
                throw new UserError(e.getMessage() + (e.kind() == StartupException.Kind.DATABASE_IN_USE
                        ? "; use --server http://HOST:PORT to ask the running server" : ""));
            }
            // the application without the HTTP layer: the update's audit records carry no request id
            ApplicationOptions options = new ApplicationOptions(o.listsFile(lists, System.getenv()), false,
                    ListCatalogue.DEFAULT_LISTENER_RETRY, System.getenv());
            try (Components parts = new Components(database, options, () -> null)) {
                ListCatalogue.Report r = parts.lists().update("cli:" + System.getProperty("user.name", "?"));
                for (ListLoad line : r.lists()) {
                    // the same words as for a running server's JSON answer
                    @SuppressWarnings("unchecked")
                    Map<String, Object> shown = JsonText.MAPPER.convertValue(line, Map.class);
                    out.println(line(shown));
                }
                return finish(r.refused(), out, err);
            }
        }

        private int viaServer(DatabaseSettings o, PrintWriter out, PrintWriter err)
                throws IOException, InterruptedException {
            String k = key != null ? key : System.getenv("CLEARANCE_API_KEY");
            if (k == null && Files.exists(o.dataDir().resolve(DatabaseSettings.ADMIN_KEY_FILE))) {
                k = Files.readString(o.dataDir().resolve(DatabaseSettings.ADMIN_KEY_FILE)).trim();
            }
            if (k == null || k.isBlank()) {
                throw new UserError("--key: an admin API key is needed for --server (or CLEARANCE_API_KEY)");
            }
            URI uri;
            try {
                uri = URI.create(server.replaceAll("/+$", "") + "/api/lists/update");
            } catch (IllegalArgumentException e) {
                throw new UserError("--server: not a URL: " + server);
            }
            HttpResponse<String> r;
            try {
                r = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                        HttpRequest.newBuilder(uri).header("X-API-Key", k).timeout(Duration.ofMinutes(15))
                                .POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UserError("--server: cannot reach " + server + ": " + e.getMessage());
            }
            JsonNode body = new ObjectMapper().readTree(r.body());
            JsonNode lists = r.statusCode() == 200 ? body.path("lists") : body.path("error").path("details")
                    .path("lists");
            if (r.statusCode() != 200 && r.statusCode() != 422) {
                throw new UserError("server answered " + r.statusCode() + ": "
                        + body.path("error").path("message").asText(r.body()));
            }
            java.util.List<String> refused = new java.util.ArrayList<>();
            for (JsonNode l : lists) {
                @SuppressWarnings("unchecked")
                Map<String, Object> m = new ObjectMapper().convertValue(l, Map.class);
                out.println(line(m));
                if ("refused".equals(l.path("outcome").asText())) {
                    refused.add(l.path("name").asText());
                }
            }
            return finish(refused, out, err);
        }

        private static String line(Map<String, Object> l) {
            String outcome = String.valueOf(l.get("outcome"));
            return l.get("name") + ": " + switch (outcome) {
                case "loaded" -> "new version " + l.get("label") + ", " + l.get("entries") + " entries, delta "
                        + l.get("delta");
                case "unchanged" -> "unchanged";
                default -> "REFUSED (" + (l.get("reasons") instanceof java.util.List<?> rs
                        ? String.join("; ", rs.stream().map(String::valueOf).toList()) : "") + "); kept "
                        + (l.get("kept") instanceof Map<?, ?> k ? k.get("label") : "nothing: not loaded");
            };
        }

        private static int finish(java.util.List<String> refused, PrintWriter out, PrintWriter err) {
            out.flush();
            if (refused.isEmpty()) {
                return 0;
            }
            err.println("clearance: refused, the last good version stays in use: " + String.join(", ", refused));
            err.flush();
            return Clearance.BAD_INPUT;
        }
    }
}
