package dev.clearance.fuzz;

import dev.clearance.csv.CsvException;
import dev.clearance.input.BadRequestException;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.orders.OrderLine;
import dev.clearance.orders.OrderReader;
import dev.clearance.regime.RegimeDataException;
import dev.clearance.regime.read.RegimeLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A mutation fuzzer for the ways data comes in (regime YAML, order-book CSV). Any exception other
 * than the documented bad-input ones is a bug; the input that caused it is saved under
 * {@code src/test/resources/fuzz/} and replayed by {@link FuzzReplayTest} forever after.
 *
 * <p>Run: {@code java -cp ... dev.clearance.fuzz.Fuzz 200000}
 */
public final class Fuzz {
    private Fuzz() {
    }

    /**
     * Feeds regime data to the loader; returns the refusal (null when accepted), throws for a bug.
     */
    static RegimeDataException regime(byte[] yaml) {
        try {
            RegimeLoader.parse("fuzz.yaml", yaml);
            return null;
        } catch (RegimeDataException expected) {
            return expected;
        }
    }

    /** The kind of a refusal: its message without paths, numbers and quoted values. */
    static String kind(RegimeDataException e) {
        String m = e.getMessage().substring(e.getMessage().indexOf(": ", "fuzz.yaml".length()) + 2);
        return m.replaceAll("'[^']*'", "''").replaceAll("\\[[0-9]+\\]", "[]").replaceAll("[0-9]+", "N");
    }

    /** Feeds an order book to the reader and the engine; returns the refusals, throws for a bug. */
    static java.util.List<String> orders(String csv) throws IOException {
        java.util.List<String> refusals = new java.util.ArrayList<>();
        DeterminationEngine engine = DeterminationEngine.bundled();
        try (OrderReader r = OrderReader.open("fuzz.csv", new StringReader(csv))) {
            while (true) {
                try {
                    OrderLine l = r.next();
                    if (l == null) {
                        return refusals;
                    }
                    engine.determine(l.request());
                } catch (CsvException expected) {
                    refusals.add(expected.getMessage());
                } catch (BadRequestException expected) {
                    refusals.add("engine: " + expected.getMessage());
                }
            }
        } catch (CsvException expected) {
            refusals.add(expected.getMessage());
            return refusals;
        }
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        byte[] seed;
        try (InputStream in = Fuzz.class.getClassLoader().getResourceAsStream("regimes/jp.yaml")) {
            seed = in.readAllBytes();
        }
        String orders = "id,from,to,item,date,cas,hs,end_use,informed\n1,JP,KR,3C002,2019-07-10,7664-39-3,8479,wmd,true\n"
                + "2,KR,JP,NONE,2020-01-01,,2801,civil,no\n";
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 1);
        Path out = Path.of("core/src/test/resources/fuzz");
        int found = 0;
        java.util.Set<String> kinds = new java.util.HashSet<>();
        for (int i = 0; i < rounds; i++) {
            byte[] y = Mutations.mutate(seed, random);
            try {
                RegimeDataException refusal = regime(y);
                if (refusal != null && kinds.size() < 60 && kinds.add(kind(refusal).replaceAll(":.*", ""))) {
                    Files.write(out.resolve("regime/refused-" + i + ".yaml"), y);
                }
            } catch (RuntimeException e) {
                found++;
                Files.write(out.resolve("regime/crash-" + i + ".yaml"), y);
                System.out.println("regime " + i + ": " + e);
            }
            String o = new String(Mutations.mutate(orders.getBytes(StandardCharsets.UTF_8), random), StandardCharsets.UTF_8);
            try {
                for (String refusal : orders(o)) {
                    String kind = refusal.replaceAll("'[^']*'", "''").replaceAll("[0-9]+", "N");
                    if (kinds.size() < 120 && kinds.add(kind)) {
                        Files.writeString(out.resolve("orders/refused-" + i + ".csv"), o);
                    }
                }
            } catch (RuntimeException e) {
                found++;
                Files.writeString(out.resolve("orders/crash-" + i + ".csv"), o);
                System.out.println("orders " + i + ": " + e);
            }
        }
        System.out.println(rounds + " rounds, " + found + " crashes");
    }
}
