package dev.clearance.evaluation;

import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import dev.clearance.matching.Match;
import dev.clearance.matching.Query;
import dev.clearance.matching.Screener;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Scratch probe (not committed). */
class ProbeScratchTest {
    @Test
    void probe() throws Exception {
        Path f = Path.of("/tmp/s19/probe.txt");
        if (!Files.exists(f)) return;
        Screener s = SharedScreeners.every();
        for (String line : Files.readAllLines(f)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("?")) {
                String needle = line.substring(1).trim();
                for (ListEntry e : s.entries()) {
                    if (e.id().equals(needle) || e.names().stream().anyMatch(n -> n.value().contains(needle))) {
                        System.out.println("ENTRY " + e.id() + " " + e.type() + " " + e.names() + " ids=" + e.identifiers() + " dob=" + e.birthDates());
                    }
                }
                continue;
            }
            String[] p = Arrays.copyOf(line.split("\\|", -1), 5);
            Query q = new Query(null, p[0], blank(p[1]), blank(p[2]) == null ? null : EntityType.parse(p[2]), blank(p[3]),
                    blank(p[4]) == null ? List.of() : List.of(p[4].split(";")));
            List<Match> hits = s.screen(q, 0.5, 4);
            System.out.println("Q " + line);
            for (Match m : hits) {
                System.out.printf("   %.3f %s %s | %s%n", m.score(), m.entry().id(), m.matchedName(), m.explanation().render());
            }
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
