package dev.clearance.server.lists;

import dev.clearance.lists.ListEntry;
import dev.clearance.lists.ListFormat;
import dev.clearance.lists.LoadResult;
import dev.clearance.records.AuditAction;
import dev.clearance.records.ListVersion;
import dev.clearance.records.ListVersions;
import dev.clearance.server.audit.Recorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The lists named in the lists file, loaded and swapped in as one {@link LoadedLists}. Each load of a list is
 * stamped as a {@link ListVersion} (source, time, checksum, entry count) and recorded in the audit trail.
 */
public final class ListCatalogue {
    private final Path configFile;
    private final ListVersions versions;
    private final Recorder recorder;
    private final AtomicReference<LoadedLists> current =
            new AtomicReference<>(new LoadedLists(List.of(), List.of()));

    /**
     * @param configFile the lists file (may not exist: then no lists are loaded)
     * @param versions where list versions are recorded
     * @param recorder the audit recorder
     */
    public ListCatalogue(Path configFile, ListVersions versions, Recorder recorder) {
        this.configFile = configFile;
        this.versions = versions;
        this.recorder = recorder;
    }

    /** @return the lists in use now */
    public LoadedLists current() {
        return current.get();
    }

    /** @return the lists file */
    public Path configFile() {
        return configFile;
    }

    /**
     * Re-reads the lists file, loads every list and swaps them in. Serialised: two reloads never interleave.
     *
     * @param loadedBy who asked (principal name, or {@code system} at startup)
     * @return what was loaded
     * @throws IllegalArgumentException if the lists file is invalid (the lists in use stay as they were)
     */
    public synchronized List<Map<String, Object>> reload(String loadedBy) {
        List<ListsConfig.ListSpec> specs = ListsConfig.read(configFile);
        List<ListEntry> entries = new ArrayList<>();
        List<ListVersion> loaded = new ArrayList<>();
        List<Map<String, Object>> report = new ArrayList<>();
        for (ListsConfig.ListSpec spec : specs) {
            List<Path> files = new ArrayList<>();
            List<Path> downloads = new ArrayList<>();
            LoadResult result;
            try {
                for (String location : spec.locations()) {
                    Path p = isUrl(location) ? download(location) : Path.of(location);
                    if (isUrl(location)) {
                        downloads.add(p);
                    }
                    files.add(p);
                }
                result = spec.mapping() != null ? ListFormat.loadCsv(files, spec.mapping()) : spec.format().load(files);
            } catch (UncheckedIOException e) {
                result = null;
                report.add(Map.of("name", spec.name(), "loaded", false, "error", e.getCause().getMessage()));
            }
            try {
                if (result != null) {
                    String checksum = result.checksum().matches("[0-9a-f]{64}") ? result.checksum() : checksum(files);
                    ListVersion v = versions.record(spec.name(), spec.format().cliName(),
                            String.join(",", spec.locations()), checksum, result.entries().size(),
                            result.problems().size(), loadedBy);
                    entries.addAll(result.entries());
                    loaded.add(v);
                    Map<String, Object> line = summary(v);
                    result.problems().stream().limit(5).forEach(p -> problems(line).add(p.toString()));
                    recorder.record(loadedBy, AuditAction.LIST_LOADED, spec.name(),
                            Map.of("name", spec.name(), "format", spec.format().cliName(),
                                    "locations", spec.locations()), line, null, List.of(v.label()));
                    report.add(line);
                }
            } finally {
                downloads.forEach(ListCatalogue::deleteQuietly);
            }
        }
        current.set(new LoadedLists(entries, loaded));
        return report;
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(Map<String, Object> line) {
        return (List<String>) line.computeIfAbsent("firstProblems", k -> new ArrayList<String>());
    }

    static Map<String, Object> summary(ListVersion v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("versionId", v.id());
        m.put("name", v.sourceName());
        m.put("format", v.format());
        m.put("location", v.location());
        m.put("loadedAt", v.loadedAt().toString());
        m.put("checksum", v.checksum());
        m.put("entries", v.entryCount());
        m.put("problems", v.problemCount());
        m.put("loadedBy", v.loadedBy());
        m.put("label", v.label());
        return m;
    }

    /** @return the version as the API shows it */
    public static Map<String, Object> describe(ListVersion v) {
        return summary(v);
    }

    private static boolean isUrl(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    private static Path download(String url) {
        try {
            Path tmp = Files.createTempFile("clearance-list-", ".download");
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(20)).build();
            HttpResponse<Path> r = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofFile(tmp));
            if (r.statusCode() != 200) {
                deleteQuietly(tmp);
                throw new UncheckedIOException(new IOException(url + ": HTTP " + r.statusCode()));
            }
            return tmp;
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException(url + ": " + e.getMessage(), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException(url + ": interrupted"));
        }
    }

    /** The loader gave no checksum: hash the files' own SHA-256 digests in order, as the loaders do. */
    private static String checksum(List<Path> files) {
        StringBuilder digests = new StringBuilder();
        for (Path f : files) {
            digests.append(Files.exists(f) ? ListVersions.sha256(f) : ListVersions.sha256(new byte[0]));
        }
        return ListVersions.sha256(digests.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a leftover temp file is harmless
        }
    }
}
