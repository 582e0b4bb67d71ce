package dev.clearance.evaluation;

import dev.clearance.csv.CsvTable;
import dev.clearance.matching.NameScorer;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Scores the nomenklatura labelled pairs and reports precision, recall and F1. */
public final class PairBenchmark {
    /** One labelled pair with the matcher's score and the peer baseline's. */
    public record Case(String group, String schema, String name1, String name2, boolean match, double score,
                       double baseline) { }

    /**
     * Precision, recall and F1 at one threshold.
     *
     * @param threshold the threshold
     */
    public record Figures(double threshold, double precision, double recall, double f1) { }

    private PairBenchmark() {
    }

    /** Reads cases.csv and logicv2-frozen.csv (for the baseline score) and scores every pair. */
    public static List<Case> score(Path nomenklatura) throws IOException {
        java.util.Map<String, Double> baseline = new java.util.HashMap<>();
        try (Reader r = Files.newBufferedReader(nomenklatura.resolve("logicv2-frozen.csv"), StandardCharsets.UTF_8);
             CsvTable t = CsvTable.open("logicv2-frozen.csv", r, List.of("score"))) {
            for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                baseline.put(row.get("schema") + "|" + row.get("name1") + "|" + row.get("name2"),
                        Double.parseDouble(row.get("score")));
            }
        }
        NameScorer scorer = new NameScorer();
        List<Case> cases = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(nomenklatura.resolve("cases.csv"), StandardCharsets.UTF_8);
             CsvTable t = CsvTable.open("cases.csv", r, List.of("schema", "name1", "name2", "is_match"))) {
            for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                String schema = row.get("schema");
                double s = scorer.score(row.get("name1"), row.get("name2"), schema);
                double b = baseline.getOrDefault(schema + "|" + row.get("name1") + "|" + row.get("name2"), Double.NaN);
                cases.add(new Case(row.get("case_group"), schema, row.get("name1"), row.get("name2"),
                        Boolean.parseBoolean(row.get("is_match")), s, b));
            }
        }
        return cases;
    }

    /** Figures for the matcher's scores at a threshold. */
    public static Figures at(List<Case> cases, double threshold, boolean useBaseline) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Case c : cases) {
            boolean predicted = (useBaseline ? c.baseline() : c.score()) >= threshold;
            if (predicted && c.match()) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (c.match()) {
                fn++;
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new Figures(threshold, p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }

    /**
     * Figures at a threshold per {@code case_group} of cases.csv (synthetic people, synthetic companies,
     * nomenklatura checks and unit tests ...), in the order the groups first appear.
     */
    public static java.util.Map<String, Figures> byGroup(List<Case> cases, double threshold, boolean useBaseline) {
        java.util.Map<String, List<Case>> groups = new java.util.LinkedHashMap<>();
        for (Case c : cases) {
            groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
        }
        java.util.Map<String, Figures> out = new java.util.LinkedHashMap<>();
        groups.forEach((g, cs) -> out.put(g, at(cs, threshold, useBaseline)));
        return out;
    }

    /** The threshold (in steps of 0.01) with the best F1. */
    public static Figures best(List<Case> cases, boolean useBaseline) {
        Figures best = at(cases, 0, useBaseline);
        for (int i = 1; i < 100; i++) {
            Figures f = at(cases, i / 100.0, useBaseline);
            if (f.f1() > best.f1()) {
                best = f;
            }
        }
        return best;
    }

    /** Prints figures and the misclassified pairs at the default threshold. */
    public static void main(String[] args) throws IOException {
        List<Case> cases = score(Path.of(args[0]));
        double t = NameScorer.DEFAULT_THRESHOLD;
        for (Case c : cases) {
            if ((c.score() >= t) != c.match()) {
                System.out.printf("%s %.3f (base %.3f) %s | %s | %s%n", c.match() ? "FN" : "FP", c.score(), c.baseline(),
                        c.schema(), c.name1(), c.name2());
            }
        }
        System.out.println("ours " + at(cases, t, false) + " best " + best(cases, false));
        System.out.println("logic-v2 " + at(cases, 0.7, true) + " best " + best(cases, true));
    }
}
