package dev.clearance.application.lists;

import dev.clearance.lists.ColumnMapping;
import dev.clearance.lists.ListDelta;
import dev.clearance.lists.ListEntry;
import dev.clearance.lists.ListFormat;
import dev.clearance.lists.LoadResult;
import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.lists.ListArchive;
import dev.clearance.records.lists.ListVersion;
import dev.clearance.records.lists.ListVersions;
import dev.clearance.application.audit.Recorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lists named in the lists file, loaded and swapped in as one {@link LoadedLists}. A list never silently
 * shrinks: a load that fails, yields no entries or loses more than the configured share of the last good
 * version's entries is refused (recorded with its reasons in the archive and the audit trail) and the last good
 * version stays in use, from memory or, after a restart, from the files stored with it. A new version is recorded
 * only when the content changed (SHA-256), with its delta against the version before.
 */
public final class ListCatalogue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ListCatalogue.class);

    /**
     * What one reload or update did.
     *
     * @param lists what became of each list, in the lists file's order
     * @param refused the lists whose load was refused
     * @param entries entries screened against now
     */
    public record Report(List<ListLoad> lists, List<String> refused, int entries) {
    }

    /** A list held in memory: the version in use and its entries. */
    private record Held(ListsConfig.ListSpec spec, ListVersion version, List<ListEntry> entries, Instant confirmedAt,
            String etag, String lastModified, ListArchive.Refusal refusal) {
        Held refused(ListArchive.Refusal r) {
            return new Held(spec, version, entries, confirmedAt, etag, lastModified, r);
        }
    }

    /** A load refused, with its reasons. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient String checksum;
        private final Integer entryCount;

        Refused(String reason, String checksum, Integer entryCount) {
            super(reason);
            this.checksum = checksum;
            this.entryCount = entryCount;
        }
    }

    private final Path configFile;
    private final ListVersions versions;
    private final ListArchive archive;
    private final Recorder recorder;
    private final Clock clock;
    private final AtomicReference<LoadedLists> current =
            new AtomicReference<>(new LoadedLists(List.of(), List.of()));
    private final Map<String, Held> held = new LinkedHashMap<>();
    private final Map<String, ListArchive.Refusal> missing = new LinkedHashMap<>();
    private final ListChangeListeners listeners;
    private volatile ListsConfig.Config config = new ListsConfig.Config(ListsConfig.Settings.DEFAULTS, List.of());
    private volatile Instant lastUpdate;
    private int listenerCount;
    /** What {@link #states()} reads, replaced after each load: asking for states never waits for a load. */
    private volatile Snapshot snapshot = new Snapshot(config, Map.of(), Map.of());

    private record Snapshot(ListsConfig.Config config, Map<String, Held> held,
            Map<String, ListArchive.Refusal> missing) {
    }
    private ScheduledExecutorService scheduler;
    private volatile LoadGuard guard = LoadGuard.ALONE;

    /**
     * @param configFile the lists file (may not exist: then no lists are loaded)
     * @param versions where list versions are recorded
     * @param archive where each version's entries, files and delta, and refused loads, are kept
     * @param recorder the audit recorder
     * @param clock time source (staleness, schedule)
     */
    public ListCatalogue(Path configFile, ListVersions versions, ListArchive archive, Recorder recorder, Clock clock) {
        this(configFile, versions, archive, recorder, clock, DEFAULT_LISTENER_RETRY);
    }

    /** How long after a listener's failure its pending changes are tried again unless set otherwise. */
    public static final Duration DEFAULT_LISTENER_RETRY = Duration.ofMinutes(1);

    /**
     * As {@link #ListCatalogue(Path, ListVersions, ListArchive, Recorder, Clock)}, with the retry interval.
     *
     * @param listenerRetry how long after a listener's failure its pending changes are tried again
     */
    public ListCatalogue(Path configFile, ListVersions versions, ListArchive archive, Recorder recorder, Clock clock,
            Duration listenerRetry) {
        this.configFile = configFile;
        this.versions = versions;
        this.archive = archive;
        this.recorder = recorder;
        this.clock = clock;
        this.listeners = new ListChangeListeners(recorder, clock, this, listenerRetry);
    }

    /** @return the lists in use now */
    public LoadedLists current() {
        return current.get();
    }

    /** @return the lists file */
    public Path configFile() {
        return configFile;
    }

    /** @return the settings of the lists file last read */
    public ListsConfig.Settings settings() {
        return config.settings();
    }

    /** @return the versions recorded */
    public ListVersions versions() {
        return versions;
    }

    /** @return the archive of accepted versions and refused loads */
    public ListArchive archive() {
        return archive;
    }

    /**
     * Tells a listener of every new list version, after it is in use (on the thread that loaded it).
     *
     * @param listener what to call
     */
    public void onChange(Consumer<ListChange> listener) {
        onChange("listener " + (listenerCount++ + 1), listener);
    }

    /**
     * As {@link #onChange(Consumer)}, with the listener's name for the health check and the audit trail. A listener
     * that throws is not skipped: the change stays pending for it (and the changes after it, in order), the failure is
     * audited and reported by {@link #listenerFailures()}, and it is tried again before the next change and on a timer.
     *
     * @param name what the listener does, in words (e.g. {@code partner-master re-screening})
     * @param listener what to call
     */
    public void onChange(String name, Consumer<ListChange> listener) {
        listeners.add(name, listener);
        listenerCount++;
    }

    /** @return listeners with list changes pending after a failure, each with the change and the reason */
    public List<ListenerFailure> listenerFailures() {
        return listeners.failures().stream().map(f -> new ListenerFailure(f.listener(), f.change().listName(),
                f.change().version().label(), f.pending(), f.firstFailedAt(), f.attempts(), f.reason())).toList();
    }

    /**
     * A listener that failed on a list change it has not taken yet.
     *
     * @param listener the listener's name
     * @param list the list whose change it failed on
     * @param version the version it failed on
     * @param pending how many changes wait for it, that one included
     * @param firstFailedAt when it first failed on that change
     * @param attempts how many times it was tried
     * @param reason the last failure, in one line
     */
    public record ListenerFailure(String listener, String list, String version, int pending, Instant firstFailedAt,
            int attempts, String reason) {
    }


    /**
     * Re-reads the lists file and every list from its source. Serialised: two loads never interleave.
     *
     * @param loadedBy who asked (principal name, or {@code system} at startup)
     * @return what was loaded, kept or refused
     * @throws IllegalArgumentException if the lists file is invalid (the lists in use stay as they were)
     */
    public synchronized Report reload(String loadedBy) {
        return guard.exclusively(() -> {
            adoptShared();
            return load(loadedBy, false);
        });
    }

    /**
     * Checks every list's source and loads the ones that changed: URLs with a conditional GET (ETag,
     * Last-Modified), files by their SHA-256. The same validation as {@link #reload}.
     *
     * @param loadedBy who asked
     * @return what was loaded, kept or refused
     */
    public synchronized Report update(String loadedBy) {
        return guard.exclusively(() -> {
            adoptShared();
            return load(loadedBy, true);
        });
    }

    /**
     * Sharing the database, takes into use what another server stored before loading, so a source whose change
     * another server already fetched is asked conditionally against that version (and answers unchanged).
     */
    private void adoptShared() {
        if (guard != LoadGuard.ALONE) {
            config = ListsConfig.readConfig(configFile);
            adoptStored();
        }
    }

    /**
     * Makes loads exclusive among the servers sharing the database (see {@link LoadGuard}).
     *
     * @param loads the guard every reload and update runs under
     */
    public void guardLoads(LoadGuard loads) {
        this.guard = java.util.Objects.requireNonNull(loads, "loads");
    }

    /**
     * Takes into use the versions another server stored since this one last loaded or looked: for each configured
     * list whose newest accepted version in the database is newer than the one held here, that version is read
     * back from its stored files and swapped in. The server that stored a version told the listeners (partner
     * re-screening) of it; this one does not again. A list this server never loaded is adopted too.
     *
     * @return the lists whose version changed here
     */
    public synchronized List<String> adoptStored() {
        List<String> adopted = new ArrayList<>();
        for (ListsConfig.ListSpec spec : config.lists()) {
            Held before = held.get(spec.name());
            ListVersion stored = archive.lastAccepted(spec.name()).orElse(null);
            if (stored == null || before != null && before.version().id() >= stored.id()) {
                continue;
            }
            Held now = restore(spec, stored, null);
            if (now == null) {
                LOG.warn("list {}: stored version {} could not be read back; keeping {}", spec.name(),
                        stored.label(), before == null ? "nothing" : before.version().label());
                continue;
            }
            // confirmed when it was stored: this server did not ask the source itself
            held.put(spec.name(), now);
            missing.remove(spec.name());
            adopted.add(spec.name());
        }
        if (!adopted.isEmpty()) {
            List<ListEntry> entries = new ArrayList<>();
            List<ListVersion> loaded = new ArrayList<>();
            for (Held h : held.values()) {
                entries.addAll(h.entries());
                loaded.add(h.version());
            }
            current.set(new LoadedLists(entries, loaded, List.copyOf(missing.keySet())));
            snapshot = new Snapshot(config, Map.copyOf(held), Map.copyOf(missing));
            LOG.info("took into use list versions stored by another server: {}", adopted);
        }
        return adopted;
    }

    private Report load(String loadedBy, boolean conditional) {
        ListsConfig.Config cfg = ListsConfig.readConfig(configFile);
        config = cfg;
        lastUpdate = clock.instant();
        ListFetcher fetcher = new ListFetcher(cfg.settings().allowHosts(), cfg.settings().maxDownloadBytes(),
                Duration.ofMinutes(5));
        List<ListLoad> report = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<ListChange> changes = new ArrayList<>();
        boolean swap = !held.keySet().equals(cfg.lists().stream().map(ListsConfig.ListSpec::name)
                .collect(java.util.stream.Collectors.toSet()));
        held.keySet().retainAll(cfg.lists().stream().map(ListsConfig.ListSpec::name).toList());
        missing.keySet().retainAll(cfg.lists().stream().map(ListsConfig.ListSpec::name).toList());
        for (ListsConfig.ListSpec spec : cfg.lists()) {
            Held before = held.get(spec.name());
            ListVersion lastGood = before != null ? before.version()
                    : archive.lastAccepted(spec.name()).orElse(null);
            try {
                ListLoad[] line = new ListLoad[1];
                Held now = loadOne(spec, before, lastGood, loadedBy, conditional, cfg.settings(), fetcher, line,
                        changes);
                report.add(line[0]);
                if (before == null || before.version().id() != now.version().id()) {
                    swap = true; // a new version (or a first load) rebuilds the screener; a confirmation does not
                }
                held.put(spec.name(), now);
                missing.remove(spec.name());
            } catch (Refused r) {
                refused.add(spec.name());
                ListArchive.Refusal stored = archive.refuse(spec.name(), spec.format().cliName(),
                        String.join(",", spec.locations()), r.checksum, r.entryCount,
                        lastGood == null ? null : lastGood.id(), List.of(r.getMessage()), loadedBy);
                Held kept = before != null ? before.refused(stored) : restore(spec, lastGood, stored);
                ListLoad line = ListLoad.Refused.of(spec.name(), stored.reasons(),
                        kept == null ? null : kept.version());
                report.add(line);
                recorder.record(loadedBy, AuditAction.LIST_LOAD_REFUSED, spec.name(),
                        Map.of("name", spec.name(), "format", spec.format().cliName(), "locations", spec.locations()),
                        line, null, kept == null ? List.of() : List.of(kept.version().label()));
                if (kept == null) {
                    held.remove(spec.name());
                    missing.put(spec.name(), stored);
                } else {
                    swap |= before == null;
                    held.put(spec.name(), kept);
                }
            }
        }
        if (swap) {
            List<ListEntry> entries = new ArrayList<>();
            List<ListVersion> loaded = new ArrayList<>();
            Map<String, String> versionById = new java.util.HashMap<>();
            Map<String, dev.clearance.regime.ListEffect> effects = new java.util.HashMap<>();
            cfg.lists().stream().filter(l -> l.effect() != null).forEach(l -> effects.put(l.name(), l.effect()));
            for (Map.Entry<String, Held> h : held.entrySet()) {
                // The lists file's effect says what a hit on this list means; without one, the format's default.
                dev.clearance.regime.ListEffect effect = effects.get(h.getKey());
                h.getValue().entries().forEach(e -> entries.add(e.withEffect(effect)));
                loaded.add(h.getValue().version());
                h.getValue().entries().forEach(e -> versionById.putIfAbsent(e.id(), h.getValue().version().label()));
            }
            current.set(new LoadedLists(entries, loaded, List.copyOf(missing.keySet()), versionById));
        } else if (!current.get().missing().equals(List.copyOf(missing.keySet()))) {
            current.set(current.get().withMissing(List.copyOf(missing.keySet())));
        }
        snapshot = new Snapshot(cfg, Map.copyOf(held), Map.copyOf(missing));
        // also delivers what failed before: a listener's failure leaves its changes pending, never skipped
        listeners.deliver(changes);
        return new Report(report, refused, current.get().entryCount());
    }

    private Held loadOne(ListsConfig.ListSpec spec, Held before, ListVersion lastGood, String loadedBy,
            boolean conditional, ListsConfig.Settings settings, ListFetcher fetcher, ListLoad[] line,
            List<ListChange> changes) throws Refused {
        List<ListArchive.StoredFile> files = new ArrayList<>();
        String etag = null;
        String lastModified = null;
        boolean allNotModified = conditional && before != null;
        for (String location : spec.locations()) {
            if (ListsConfig.isUrl(location)) {
                boolean single = spec.locations().size() == 1;
                ListFetcher.Fetched f;
                try {
                    f = fetcher.fetch(location, conditional && single && before != null ? before.etag() : null,
                            conditional && single && before != null ? before.lastModified() : null);
                } catch (ListFetcher.FetchException e) {
                    throw new Refused(e.getMessage(), null, null);
                }
                if (f.notModified()) {
                    etag = f.etag();
                    lastModified = f.lastModified();
                    continue;
                }
                allNotModified = false;
                etag = f.etag();
                lastModified = f.lastModified();
                files.add(new ListArchive.StoredFile(location, f.body()));
            } else {
                allNotModified = false;
                try {
                    files.add(new ListArchive.StoredFile(location, Files.readAllBytes(Path.of(location))));
                } catch (NoSuchFileException e) {
                    throw new Refused(location + ": no such file", null, null);
                } catch (IOException e) {
                    throw new Refused(location + ": cannot read: " + e.getMessage(), null, null);
                }
            }
        }
        if (allNotModified) {
            line[0] = ListLoad.Unchanged.of(spec.name(), before.version());
            return new Held(before.spec(), before.version(), before.entries(), clock.instant(), etag, lastModified,
                    null);
        }
        if (files.size() != spec.locations().size()) {
            // Some URLs answered 304, others changed: load them all afresh.
            return loadOne(spec, before, lastGood, loadedBy, false, settings, fetcher, line, changes);
        }
        String checksum = checksum(files);
        if (before != null && checksum.equals(before.version().checksum())) {
            line[0] = ListLoad.Unchanged.of(spec.name(), before.version());
            return new Held(spec, before.version(), before.entries(), clock.instant(), etag, lastModified, null);
        }
        LoadResult result = loadFiles(spec.format(), spec.mapping(), files);
        int count = result.entries().size();
        if (count == 0) {
            throw new Refused("no entries loaded" + firstProblems(result), checksum, 0);
        }
        if (lastGood != null && count < lastGood.entryCount() * (1 - settings.maxShrink())) {
            throw new Refused(String.format(java.util.Locale.ROOT,
                    "%d entries: %.1f%% fewer than the %d of the last good version %s (the limit is %.0f%%)%s",
                    count, 100.0 * (lastGood.entryCount() - count) / lastGood.entryCount(), lastGood.entryCount(),
                    lastGood.label(), 100 * settings.maxShrink(), firstProblems(result)), checksum, count);
        }
        if (lastGood != null && checksum.equals(lastGood.checksum())) {
            // The version stored before a restart: same content, same version.
            line[0] = ListLoad.Unchanged.of(spec.name(), lastGood);
            return new Held(spec, lastGood, result.entries(), clock.instant(), etag, lastModified, null);
        }
        Map<String, String> fingerprints = ListDelta.fingerprints(result.entries());
        ListDelta delta = ListDelta.between(lastGood == null ? Map.of() : archive.fingerprints(lastGood.id()),
                fingerprints);
        ListVersion v = archive.accept(new ListArchive.NewVersion(spec.name(), spec.format().cliName(),
                String.join(",", spec.locations()), checksum, count, result.problems().size(), loadedBy, etag,
                lastModified, fingerprints, files), lastGood == null ? null : lastGood.id(), delta.added(),
                delta.changed(), delta.removed());
        List<String> problems = result.problems().stream().limit(5).map(Object::toString).toList();
        line[0] = ListLoad.Loaded.of(v, new ListLoad.Delta(delta.added().size(), delta.changed().size(),
                delta.removed().size()), problems);
        recorder.record(loadedBy, AuditAction.LIST_LOADED, spec.name(),
                Map.of("name", spec.name(), "format", spec.format().cliName(), "locations", spec.locations()),
                line[0], null, List.of(v.label()));
        changes.add(new ListChange(spec.name(), lastGood, v, delta));
        return new Held(spec, v, result.entries(), clock.instant(), etag, lastModified, null);
    }

    /** Serves the last good version from the files stored with it (after a restart); null when there is none. */
    private Held restore(ListsConfig.ListSpec spec, ListVersion lastGood, ListArchive.Refusal refusal) {
        if (lastGood == null) {
            return null;
        }
        List<ListArchive.StoredFile> files = archive.files(lastGood.id());
        if (files.isEmpty()) {
            return null;
        }
        ListFormat format = ListFormat.fromName(lastGood.format());
        LoadResult result = loadFiles(format, spec.mapping(), files);
        if (result.entries().isEmpty()) {
            return null;
        }
        var d = archive.detail(lastGood.id()).orElse(null);
        return new Held(spec, lastGood, result.entries(), lastGood.loadedAt(), d == null ? null : d.etag(),
                d == null ? null : d.lastModified(), refusal);
    }

    /** Loads files through temporary copies named like the originals, so problems name the file as published. */
    private static LoadResult loadFiles(ListFormat format, ColumnMapping mapping, List<ListArchive.StoredFile> files) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("clearance-list-");
            List<Path> paths = new ArrayList<>();
            int i = 0;
            for (ListArchive.StoredFile f : files) {
                String name = f.location().replaceAll("[?#].*$", "").replaceAll("^.*[/\\\\]", "");
                Path p = Files.createDirectories(dir.resolve(Integer.toString(i++)))
                        .resolve(name.isBlank() || name.startsWith(".") ? "list" : name);
                Files.write(p, f.content());
                paths.add(p);
            }
            return mapping != null ? ListFormat.loadCsv(paths, mapping) : format.load(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage list files in the temporary folder", e);
        } finally {
            deleteTree(dir);
        }
    }

    /** SHA-256 of one file; for several, of their SHA-256 digests in order (as the loaders count them). */
    static String checksum(List<ListArchive.StoredFile> files) {
        if (files.size() == 1) {
            return ListVersions.sha256(files.get(0).content());
        }
        StringBuilder digests = new StringBuilder();
        files.forEach(f -> digests.append(ListVersions.sha256(f.content())));
        return ListVersions.sha256(digests.toString().getBytes(StandardCharsets.US_ASCII));
    }

    private static String firstProblems(LoadResult r) {
        return r.problems().isEmpty() ? "" : "; first problems: " + String.join("; ",
                r.problems().stream().limit(3).map(p -> truncate(p.toString())).toList());
    }

    private static String truncate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }

    /**
     * What a screening against the lists in use should say about lists that were screened against but not as the
     * source has them now: a list whose last load was refused (screened against its last good version) or that is
     * stale (not confirmed from its source within {@code maxAge}). Lists not loaded at all are
     * {@link LoadedLists#missing()}.
     *
     * @return one line per such list, naming it and the version screened against; empty when there is none
     */
    public List<String> screeningCaveats() {
        return screeningCaveats(CaveatWords.ENGLISH);
    }

    /** {@link #screeningCaveats()} worded by {@code words} (a reader's language). */
    public List<String> screeningCaveats(CaveatWords words) {
        List<String> out = new ArrayList<>();
        for (ListState s : states()) {
            if (s.version() == null) {
                continue;
            }
            if (ListState.REFUSED_LOAD.equals(s.state())) {
                out.add(words.refused(s.name(), s.version().label()));
            }
            if (s.stale()) {
                out.add(words.stale(s.name(), s.version().label(), s.confirmedAt()));
            }
        }
        return out;
    }

    /**
     * How a screening caveat is worded: the facts (list name, version screened against, when last confirmed) are the
     * catalogue's; the words are the reader's language's (English for API clients that ask for none).
     */
    public interface CaveatWords {
        /** The English wording, as the API has always given it. */
        CaveatWords ENGLISH = new CaveatWords() {
            @Override
            public String refused(String list, String version) {
                return list + ": last load refused, screened against the last good version " + version;
            }

            @Override
            public String stale(String list, String version, Instant confirmedAt) {
                return list + ": stale, screened against " + version + " last confirmed from its source " + confirmedAt;
            }
        };

        /** A list whose last load was refused, screened against its last good version. */
        String refused(String list, String version);

        /** A list not confirmed from its source within the maximum age. */
        String stale(String list, String version, Instant confirmedAt);
    }

    /** @return the state of every configured list, in the order of the lists file */
    public List<ListState> states() {
        Snapshot snap = snapshot;
        Instant now = clock.instant();
        Duration maxAge = snap.config().settings().maxAge();
        List<ListState> out = new ArrayList<>();
        for (ListsConfig.ListSpec spec : snap.config().lists()) {
            String location = String.join(",", spec.locations());
            Held h = snap.held().get(spec.name());
            if (h == null) {
                out.add(new ListState(spec.name(), spec.format().cliName(), location, ListState.MISSING, false, null,
                        null, snap.missing().get(spec.name())));
            } else {
                boolean stale = Duration.between(h.confirmedAt(), now).compareTo(maxAge) > 0;
                out.add(new ListState(spec.name(), spec.format().cliName(), location,
                        h.refusal() == null ? ListState.CURRENT : ListState.REFUSED_LOAD, stale, h.version(),
                        h.confirmedAt(), h.refusal()));
            }
        }
        return out;
    }

    /**
     * Starts checking every list's source on the lists file's {@code updateEvery} schedule (looked at each minute,
     * so an edited interval applies without a restart).
     */
    public void startUpdates() {
        startUpdates(Duration.ofMinutes(1));
    }

    /** Starts the schedule, looking whether an update is due every {@code checkEvery}. */
    synchronized void startUpdates(Duration checkEvery) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clearance-list-updates");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::updateIfDue, checkEvery.toMillis(), checkEvery.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void updateIfDue() {
        try {
            Duration every = config.settings().updateEvery();
            // Sharing the database, the last update any server finished counts: one source check per interval.
            Instant last = guard.lastDone().orElse(lastUpdate);
            if (every.isZero() || last != null && Duration.between(last, clock.instant()).compareTo(every) < 0) {
                return;
            }
            Report r = update("scheduler");
            if (!r.refused().isEmpty()) {
                LOG.warn("scheduled list update refused {}", r.refused());
            }
        } catch (RuntimeException e) {
            LOG.error("scheduled list update failed", e);
        }
    }

    /** Stops the schedule. */
    @Override
    public synchronized void close() {
        listeners.close();
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    /** @return a refused load as the API shows it */
    public static RefusalView describe(ListArchive.Refusal r) {
        return new RefusalView(r.id(), r.sourceName(), r.format(), r.location(), r.attemptedAt().toString(),
                r.checksum(), r.entryCount(), r.lastGoodId(), r.reasons(), r.loadedBy());
    }

    /**
     * A refused load as the API shows it.
     *
     * @param refusalId its id
     * @param name the list
     * @param format its format
     * @param location where it was read from
     * @param attemptedAt when
     * @param checksum SHA-256 of the files refused, or null when none were read
     * @param entries entries read, or null
     * @param lastGoodVersionId the version kept, or null
     * @param reasons why it was refused
     * @param loadedBy who tried
     */
    public record RefusalView(long refusalId, String name, String format, String location, String attemptedAt,
            String checksum, Integer entries, Long lastGoodVersionId, List<String> reasons, String loadedBy) {
    }

    private static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a leftover temporary file is harmless
                }
            });
        } catch (IOException e) {
            // as above
        }
    }
}
