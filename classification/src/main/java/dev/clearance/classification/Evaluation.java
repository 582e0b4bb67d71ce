package dev.clearance.classification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An evaluation built by rule from the corpus texts, run with any ranker: English descriptions (the rarest words
 * of a paragraph and of what encloses it), the same with parameters meeting its thresholds, Japanese and Korean
 * terms of the term table, chemicals by CAS number and by name, and negatives whose parameters lie just outside a
 * threshold of a paragraph (and of every paragraph of its ECCN). Reports the right ECCN in the top 3, the share of
 * negatives answered NOT_LISTED or CHECK, and confident wrong answers (LISTED under another ECCN).
 */
public final class Evaluation {
    private static final Set<String> STOP = Set.of("with", "from", "that", "than", "have", "having", "their", "following",
            "specified", "specially", "designed", "modified", "which", "other", "more", "less", "equal", "greater", "items",
            "item", "this", "those", "these", "such", "described", "paragraph", "controlled", "control", "entry",
            "either", "both", "into", "only", "being", "based", "when", "where", "used", "does", "including", "include");

    /** One case: what is asked, which ECCNs count as right (empty for a negative). */
    public record Case(String group, String description, List<String> cas, List<String> parameters, Set<String> expected,
                       String from) {
        public boolean negative() {
            return expected.isEmpty();
        }
    }

    /** The figures of one group for one ranker. */
    public record Figures(String group, int cases, int top3, int notListedOrCheck, int notListed, int confidentWrong) {
        public double top3Share() {
            return cases == 0 ? 0 : (double) top3 / cases;
        }

        public double negativeShare() {
            return cases == 0 ? 0 : (double) notListedOrCheck / cases;
        }
    }

    private Evaluation() {
    }

    /** The cases, built by rule from the corpus and the term table; every {@code sample}-th paragraph is used. */
    public static List<Case> cases(Corpus corpus, TermTable terms, int sample) {
        Map<String, Integer> df = documentFrequencies(corpus);
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (Paragraph p : corpus.paragraphs()) {
            if (p.heading() || p.text().length() < 25 || !p.cas().isEmpty()) {
                continue;
            }
            boolean sampled = n++ % sample == 0;
            String words = description(p, df);
            if (words.isBlank()) {
                continue;
            }
            if (sampled) {
                out.add(new Case("english", words, List.of(), List.of(), Set.of(p.eccn()), p.code()));
            }
            List<Threshold> all = thresholdsOf(corpus, p);
            if (!all.isEmpty() && !corpus.hasParagraphsUnder(p.code())) {
                if (sampled) {
                    out.add(new Case("english+parameters", words, List.of(), meeting(all), Set.of(p.eccn()), p.code()));
                }
                for (int i = 0; i < all.size(); i++) {
                    List<String> params = outside(all, i);
                    if (params != null && noKinAdmits(corpus, p, params)) {
                        out.add(new Case("negative", words, List.of(), params, Set.of(), p.code()));
                    }
                }
            }
        }
        for (Paragraph p : corpus.paragraphs()) {
            for (String c : p.cas()) {
                Set<String> naming = new LinkedHashSet<>();
                corpus.byCas(c).forEach(q -> naming.add(q.eccn()));
                out.add(new Case("cas", "", List.of(c), List.of(), naming, p.code()));
            }
            if (p.cas().size() == 1) {
                // The name as written, without its CAS number: "(C.A.S. #7664-39-3) Hydrogen fluoride;" -> "Hydrogen fluoride".
                String name = p.text().replaceAll("\\((?:C\\.A\\.S\\.|CAS)?[^()]*\\d+-\\d{2}-\\d\\)", " ")
                        .replaceAll("\\d{2,7}-\\d{2}-\\d", " ").replaceAll("^[\\s,;]+|[\\s;.,]+$", "").trim();
                Set<String> naming = new LinkedHashSet<>();
                corpus.byCas(p.cas().get(0)).forEach(q -> naming.add(q.eccn()));
                if (name.length() >= 4) {
                    out.add(new Case("chemical name", name, List.of(), List.of(), naming, p.code()));
                }
            }
        }
        for (TermTable.Term t : terms.terms()) {
            if (t.language().equals("en")) {
                continue;
            }
            Set<String> expected = eccnsHolding(corpus, t.english());
            if (!expected.isEmpty() && expected.size() <= 12) {
                out.add(new Case(t.language().equals("ja") ? "japanese" : "korean", t.term(), List.of(), List.of(), expected,
                        "terms.tsv " + t.term()));
            }
        }
        return out;
    }

    /** Runs every case; figures per group, in the order groups first appear. */
    public static List<Figures> run(Classifier classifier, List<Case> cases) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Case c : cases) {
            Classification r = classifier.classify(ClassificationRequest.of(c.description(), c.cas(), c.parameters(),
                    ClassificationRequest.Fields.JSON));
            int[] k = counts.computeIfAbsent(c.group(), g -> new int[5]);
            k[0]++;
            List<String> top = r.eccns().subList(0, Math.min(3, r.eccns().size()));
            if (top.stream().anyMatch(c.expected()::contains)) {
                k[1]++;
            }
            if (r.outcome() != Classification.Outcome.LISTED) {
                k[2]++;
            }
            boolean wrong = r.outcome() == Classification.Outcome.LISTED
                    && (c.negative() || !c.expected().contains(r.candidates().get(0).eccn()));
            if (wrong) {
                k[3]++;
            }
            if (r.outcome() == Classification.Outcome.NOT_LISTED) {
                k[4]++;
            }
        }
        List<Figures> out = new ArrayList<>();
        counts.forEach((g, k) -> out.add(new Figures(g, k[0], k[1], k[2], k[4], k[3])));
        return out;
    }

    /** The rarest content words of the paragraph (five) and of what encloses it (two): a terse product description. */
    static String description(Paragraph p, Map<String, Integer> df) {
        List<String> own = rarest(words(p.text()), df, 5);
        List<String> around = rarest(words(String.join(" ", p.context())), df, 2);
        Set<String> all = new LinkedHashSet<>(own);
        all.addAll(around);
        return String.join(" ", all);
    }

    private static List<String> rarest(List<String> words, Map<String, Integer> df, int k) {
        return words.stream().distinct().sorted(Comparator.comparingInt((String w) -> df.getOrDefault(w, 0)))
                .limit(k).toList();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4 && !STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static Map<String, Integer> documentFrequencies(Corpus corpus) {
        Map<String, Integer> df = new HashMap<>();
        for (Paragraph p : corpus.paragraphs()) {
            for (String w : new LinkedHashSet<>(words(p.text()))) {
                df.merge(w, 1, Integer::sum);
            }
        }
        return df;
    }

    private static List<Threshold> thresholdsOf(Corpus corpus, Paragraph p) {
        List<Threshold> out = new ArrayList<>();
        for (Paragraph q = p; q != null; q = q.parentCode() == null ? null : corpus.find(q.parentCode()).orElse(null)) {
            out.addAll(q.thresholds());
        }
        // One parameter per quantity: a paragraph bounding one quantity twice is left to the officer.
        Set<String> seen = new LinkedHashSet<>();
        for (Threshold t : out) {
            if (!seen.add(t.quantity() + "/" + t.dimension())) {
                return List.of();
            }
        }
        return out;
    }

    private static List<String> meeting(List<Threshold> all) {
        List<String> out = new ArrayList<>();
        for (Threshold t : all) {
            out.add(param(t, inside(t)));
        }
        return out;
    }

    /** Parameters meeting every threshold but the i-th, which is given just outside it; null when none is. */
    private static List<String> outside(List<Threshold> all, int i) {
        Threshold t = all.get(i);
        Double v = t.lower() != null ? (t.lowerInclusive() ? t.lower() * 0.98 : t.lower())
                : t.upperInclusive() ? t.upper() * 1.02 : t.upper();
        if (v == null || v <= 0) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int j = 0; j < all.size(); j++) {
            out.add(j == i ? param(all.get(j), v) : param(all.get(j), inside(all.get(j))));
        }
        return out;
    }

    private static double inside(Threshold t) {
        if (t.lower() != null && t.upper() != null) {
            return (t.lower() + t.upper()) / 2;
        }
        if (t.lower() != null) {
            return t.lowerInclusive() ? t.lower() : t.lower() * 1.05 + (t.lower() == 0 ? 1 : 0);
        }
        return t.upperInclusive() ? t.upper() : t.upper() * 0.95;
    }

    private static String param(Threshold t, double v) {
        return t.quantity() + "=" + v + t.unit();
    }

    /**
     * True when no paragraph of the same ECCN, nor any paragraph worded much like it (a parallel entry such as 1C992
     * beside 1C608), has every threshold met by the parameters: only then is the product a negative (a paragraph
     * bounding quantities not given leaves the answer open: CHECK is then the right answer, and counts as such).
     */
    private static boolean noKinAdmits(Corpus corpus, Paragraph of, List<String> params) {
        List<GivenParameter> given = params.stream().map(s -> GivenParameter.parse(s, "parameters")).toList();
        Set<String> words = new LinkedHashSet<>(words(of.text()));
        for (Paragraph p : corpus.paragraphs()) {
            if (p.heading() || !(p.eccn().equals(of.eccn()) || similar(words, new LinkedHashSet<>(words(p.text()))))) {
                continue;
            }
            List<Threshold> all = thresholdsOf(corpus, p);
            if (all.isEmpty()) {
                continue;
            }
            boolean admits = all.stream().allMatch(t -> Classifier.check(p.code(), t, given).result()
                    == ThresholdCheck.Result.MEETS);
            if (admits) {
                return false;
            }
        }
        return true;
    }

    private static boolean similar(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long shared = a.stream().filter(b::contains).count();
        return shared >= 0.5 * Math.min(a.size(), b.size());
    }

    private static Set<String> eccnsHolding(Corpus corpus, String english) {
        Set<String> out = new LinkedHashSet<>();
        List<String> ws = List.of(english.toLowerCase(Locale.ROOT).split("\\s+"));
        for (Paragraph p : corpus.paragraphs()) {
            String t = p.text().toLowerCase(Locale.ROOT);
            if (ws.stream().allMatch(w -> t.contains(w.length() > 5 ? w.substring(0, w.length() - 1) : w))) {
                out.add(p.eccn());
            }
        }
        return out;
    }
}
