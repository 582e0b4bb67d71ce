package dev.clearance.spark.bench;

import dev.clearance.csv.CsvTable;
import dev.clearance.csv.CsvWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a partner CSV ({@code id,name,country,type,dob}) of any size from the yente benchmark people:
 * about 1% are the treated UN positives (listed people with typos and swaps), as they are; the rest are
 * yente negatives (not listed), as they are or with the given name of one negative and the family name
 * of another, keeping the nationality and date of birth of the first. Same seed, same file.
 *
 * <p>{@code java -cp ... dev.clearance.spark.bench.SyntheticPartners YENTE_DIR COUNT OUT.csv [SEED]}
 */
public final class SyntheticPartners {
    /** Share of partners that are listed people (treated positives). */
    static final double POSITIVE_SHARE = 0.01;

    private record Person(String full, String first, String last, String dob, String country) {
    }

    private SyntheticPartners() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: SyntheticPartners YENTE_DIR COUNT OUT.csv [SEED]");
            System.exit(2);
        }
        Path yente = Path.of(args[0]);
        int count = Integer.parseInt(args[1].replace("_", ""));
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
        long t0 = System.nanoTime();
        write(yente, count, seed, Path.of(args[2]));
        System.err.printf(Locale.ROOT, "wrote %,d partners to %s in %.1f s%n", count, args[2], (System.nanoTime() - t0) / 1e9);
    }

    /** Writes {@code count} partners made from the yente files in {@code yente}. */
    public static void write(Path yente, int count, long seed, Path out) throws IOException {
        List<Person> negatives = new ArrayList<>(read(yente.resolve("negatives_global.csv")));
        negatives.addAll(read(yente.resolve("negatives_us.csv")));
        List<Person> positives = read(yente.resolve("positives_un_treated.csv"));
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CsvWriter csv = new CsvWriter(w)) {
            csv.write(List.of("id", "name", "country", "type", "dob"));
            for (int i = 0; i < count; i++) {
                String name;
                Person p;
                if (random.nextDouble() < POSITIVE_SHARE) {
                    p = positives.get(random.nextInt(positives.size()));
                    name = p.full();
                } else {
                    p = negatives.get(random.nextInt(negatives.size()));
                    Person other = negatives.get(random.nextInt(negatives.size()));
                    boolean mix = random.nextBoolean() && !p.first().isEmpty() && !other.last().isEmpty();
                    name = mix ? p.first() + " " + other.last() : p.full();
                }
                csv.write(List.of(String.format(Locale.ROOT, "P%07d", i), name, p.country(), "person", p.dob()));
            }
        }
    }

    private static List<Person> read(Path file) throws IOException {
        List<Person> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvTable t = CsvTable.open(file.toString(), r, List.of("full_name"))) {
            for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                if (!row.get("full_name").isBlank()) {
                    String dob = row.get("date_of_birth");
                    out.add(new Person(row.get("full_name"), row.get("first_name"), row.get("last_name"),
                            dob.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? dob : "", row.get("nationality")));
                }
            }
        }
        return out;
    }
}
