package dev.clearance.benchmarks;

import dev.clearance.csv.CsvTable;
import dev.clearance.evaluation.Evaluation;
import dev.clearance.evaluation.ListCatalogue;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.Partner;
import dev.clearance.matching.PartnerIndex;
import dev.clearance.matching.Screener;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Delta re-screening figures: a synthetic partner master of N people (made from yente's negatives, recombining given,
 * middle and family names of different rows with a row's nationality and date of birth, plus the treated UN positives
 * at one in a thousand) indexed as {@link PartnerIndex} with the weights of every list in {@code ../shared/data/lists},
 * then 200 listed entries (spread over every list) screened against it. Single shots (a re-screening runs once per
 * list change), each size repeated; it prints the index build (normalising every partner name included), the 200
 * queries (on every core, as the server runs them), their sum, the hits, and the heap the index holds after a full GC (the partners' own records apart).
 *
 * <p>Baseline in the same run: forward screening of the same partners against a screener of only the 200 entries
 * (the cheapest forward alternative: every partner name normalised and looked up once).
 *
 * <p>Run from the repository root after {@code mvn -o -q package -DskipTests -pl benchmarks -am}:
 * {@code java -Xmx12g -cp benchmarks/target/benchmarks.jar dev.clearance.benchmarks.DeltaRescreeningFigures
 * 100000 300000 1000000} (arguments: master sizes; {@code -Dclearance.shared=PATH} for another shared folder;
 * {@code -Drepeat=3} shots per size; {@code -Dbaseline=false} to skip the baseline).
 */
public final class DeltaRescreeningFigures {
    private static final int NEW_ENTRIES = 200;

    private DeltaRescreeningFigures() {
    }

    /** A person row of the yente files. */
    private record Person(String first, String middle, String last, String country, String dob) {
    }

    public static void main(String[] args) throws IOException {
        Path data = Evaluation.sharedData();
        if (!Evaluation.available(data)) {
            System.err.println("../shared/data absent: nothing to measure");
            System.exit(2);
        }
        int repeat = Integer.getInteger("repeat", 3);
        boolean baseline = Boolean.parseBoolean(System.getProperty("baseline", "true"));
        long t0 = System.nanoTime();
        List<ListEntry> entries = ListCatalogue.all(data.resolve("lists"));
        Screener lists = Screener.of(entries);
        System.out.printf(Locale.ROOT, "lists: %,d entries, %,d names, loaded and indexed in %.1f s%n",
                entries.size(), lists.nameCount(), (System.nanoTime() - t0) / 1e9);
        List<ListEntry> delta = new ArrayList<>();
        for (int i = 0; i < NEW_ENTRIES; i++) {
            delta.add(entries.get((int) ((long) i * entries.size() / NEW_ENTRIES)));
        }
        List<Person> people = people(data.resolve("bench/yente/negatives_global.csv"));
        people.addAll(people(data.resolve("bench/yente/negatives_us.csv")));
        List<Person> positives = people(data.resolve("bench/yente/positives_un_treated.csv"));
        for (String arg : args) {
            int n = Integer.parseInt(arg.replace("_", ""));
            List<Partner> partners = master(n, people, positives);
            for (int shot = 1; shot <= repeat; shot++) {
                gc();
                long before = usedHeap();
                long start = System.nanoTime();
                long cpu0 = cpu();
                PartnerIndex index = PartnerIndex.build(partners, lists);
                long built = System.nanoTime();
                long cpu1 = cpu();
                long hits = 0;
                for (List<PartnerIndex.Hit> h : index.screen(delta, Screener.DEFAULT_THRESHOLD)) {
                    hits += h.size();
                }
                long done = System.nanoTime();
                long cpu2 = cpu();
                gc();
                long held = usedHeap() - before;
                System.out.printf(Locale.ROOT, "partners %,d (%,d names) shot %d: build %.2f s + 200 entries %.2f s = "
                                + "%.2f s wall (process CPU %.1f s + %.1f s); hits %d; index heap %,d MB (%.0f MB per "
                                + "million partners); load %s%n",
                        n, index.nameCount(), shot, (built - start) / 1e9, (done - built) / 1e9, (done - start) / 1e9,
                        (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, hits, held >> 20, held / 1048576.0 / (n / 1e6), load());
                index = null;
            }
            if (baseline) {
                long start = System.nanoTime();
                long cpu0 = cpu();
                Screener only = Screener.of(delta);
                long hits = partners.parallelStream().mapToLong(p -> p.screen(only, Screener.DEFAULT_THRESHOLD).size()).sum();
                System.out.printf(Locale.ROOT, "partners %,d baseline (forward against a screener of the 200 entries, "
                        + "2 threads): %.2f s wall (process CPU %.1f s); hits %d; load %s%n", n,
                        (System.nanoTime() - start) / 1e9, (cpu() - cpu0) / 1e9, hits, load());
            }
        }
    }

    /** {@code n} partners: recombined negatives, and one treated positive in a thousand. */
    static List<Partner> master(int n, List<Person> people, List<Person> positives) {
        Random r = new Random(20261129L + n);
        List<Partner> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Person p;
            String name;
            if (i % 1000 == 999) {
                p = positives.get(r.nextInt(positives.size()));
                name = String.join(" ", p.first(), p.middle(), p.last()).trim();
            } else {
                p = people.get(r.nextInt(people.size()));
                Person a = people.get(r.nextInt(people.size()));
                Person b = people.get(r.nextInt(people.size()));
                String middle = r.nextInt(3) == 0 ? a.middle() : "";
                name = (a.first() + " " + middle + " " + b.last()).trim().replaceAll(" +", " ");
                if (name.isBlank()) {
                    name = p.first() + " " + p.last();
                }
            }
            out.add(new Partner("P" + i, List.of(name), p.country(), EntityType.PERSON, p.dob(), List.of()));
        }
        return out;
    }

    private static List<Person> people(Path file) throws IOException {
        List<Person> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvTable t = CsvTable.open(file.getFileName().toString(), in, List.of("full_name"))) {
            for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                String first = row.get("first_name");
                String last = row.get("last_name");
                if (first.isEmpty() && last.isEmpty()) {
                    // Positives give the full name only.
                    first = row.get("full_name");
                }
                out.add(new Person(first, row.get("middle_name"), last,
                        row.get("nationality").isEmpty() ? null : row.get("nationality"),
                        row.get("date_of_birth").isEmpty() ? null : row.get("date_of_birth")));
            }
        }
        return out;
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** CPU time of the whole process (every thread), in nanoseconds: the load of other processes does not inflate it. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String load() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).trim().split(" "), 3));
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
