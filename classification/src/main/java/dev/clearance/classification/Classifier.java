package dev.clearance.classification;

import dev.clearance.regime.read.RegimeData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * From a product to ranked control-list paragraphs. The ranker finds paragraphs by words; CAS numbers find them
 * exactly; the parameters are compared with every threshold of each candidate (and of the paragraphs enclosing it).
 * LISTED only when a CAS number or the parameters bear the best candidate out; NOT_LISTED only when the parameters
 * miss every candidate decided on and no candidate rests on words alone; else CHECK, saying what to measure.
 */
public final class Classifier {
    /** How many paragraphs the ranker returns, how many are shown, and on how many the outcome is decided. */
    static final int RANKED = 20;
    static final int SHOWN = 5;
    static final int DECIDED_ON = 3;
    /** Another ECCN's paragraph scoring this share of the best one's makes the words ambiguous. */
    static final double RIVAL = 0.9;
    private static final Set<String> PLAIN = Set.of("the", "and", "for", "with", "that", "are", "not", "does", "control",
            "controls", "apply", "any", "this", "which", "from", "have", "has", "other", "than", "following", "such");
    private final Corpus corpus;
    private final Ranker ranker;
    private final TermTable terms;
    private final RegimeEntries regimes;

    public Classifier(Corpus corpus, Ranker ranker, TermTable terms, RegimeEntries regimes) {
        this.corpus = corpus;
        this.ranker = ranker;
        this.terms = terms;
        this.regimes = regimes;
    }

    /** The bundled corpus, term table and regimes, searched with Lucene. */
    public static Classifier bundled() {
        return Holder.CLASSIFIER;
    }

    public Classifier with(Ranker other) {
        return new Classifier(corpus, other, terms, regimes);
    }

    public Corpus corpus() {
        return corpus;
    }

    public Classification classify(ClassificationRequest req) {
        TermTable.Reading reading = terms.read(req.description());
        List<String> caveats = new ArrayList<>();
        for (String u : reading.unread()) {
            caveats.add("CHECK: no term of the term table reads " + ClassificationInputException.quote(u)
                    + "; only the words read were searched");
        }
        Set<String> cas = new LinkedHashSet<>(req.cas());
        cas.addAll(CasNumber.findAll(req.description()));
        Map<String, Candidate> found = new LinkedHashMap<>();
        for (String c : cas) {
            List<Paragraph> named = corpus.byCas(c);
            if (named.isEmpty()) {
                caveats.add("CAS " + c + " is named in no paragraph of the list text: it is not listed by that number;"
                        + " the description and parameters decide");
            }
            for (Paragraph p : named) {
                found.put(p.code(), candidate(p, 0, List.of(), List.of(c), req));
            }
        }
        List<Hit> hits = reading.english().isBlank() ? List.of() : ranker.rank(reading.english(), RANKED);
        List<Candidate> byWords = new ArrayList<>();
        for (Hit h : hits) {
            if (!found.containsKey(h.paragraph().code())) {
                byWords.add(candidate(h.paragraph(), h.score(), h.terms(), List.of(), req));
            }
        }
        byWords.sort(Comparator.comparingDouble(Classifier::weighted).reversed());
        List<Candidate> all = new ArrayList<>(found.values());
        all.addAll(byWords);
        List<Candidate> shown = all.subList(0, Math.min(SHOWN, all.size()));
        unmatchedParameters(req, shown, caveats);
        return decide(req, reading, shown, caveats);
    }

    /** Parameters move a candidate within the ranker's list: one met up, one missed down; never out of it. */
    private static double weighted(Candidate c) {
        return c.score() * switch (c.verdict()) {
            case MEETS -> 1.5;
            case MISSES -> 0.5;
            default -> 1.0;
        };
    }

    private Classification decide(ClassificationRequest req, TermTable.Reading reading, List<Candidate> shown,
                                  List<String> caveats) {
        List<String> used = reading.terms().stream().map(t -> t.term() + " → " + t.english()).toList();
        if (shown.isEmpty()) {
            return new Classification(Classification.Outcome.CHECK, "CHECK: no paragraph of the control list matches the"
                    + " description; describe the product's function and material, or give its CAS number", shown,
                    List.of(), List.of(), reading.english(), used, caveats, Corpus.SOURCE);
        }
        List<Candidate> decided = shown.subList(0, Math.min(DECIDED_ON, shown.size()));
        List<String> checked = decided.stream().map(Candidate::paragraph).toList();
        Candidate top = shown.get(0);
        if (top.verdict() == Candidate.Verdict.BY_CAS) {
            List<String> missed = top.checks().stream().filter(k -> k.result() == ThresholdCheck.Result.MISSES)
                    .map(k -> k.given() + " outside " + k.paragraph() + ": " + k.bounds()).toList();
            List<String> open = top.checks().stream().filter(k -> k.result() == ThresholdCheck.Result.NOT_GIVEN)
                    .map(k -> k.quantity() + " (" + k.paragraph() + ": " + k.bounds() + ")").distinct().toList();
            if (!missed.isEmpty()) {
                return new Classification(Classification.Outcome.CHECK, "CHECK: " + top.paragraph() + " names CAS "
                        + String.join(", ", top.why().cas()) + ", but " + String.join("; ", missed)
                        + " (a mixture below the entry's concentration?)", shown, checked, List.of(), reading.english(), used,
                        caveats, Corpus.SOURCE);
            }
            return new Classification(Classification.Outcome.LISTED, "listed: " + top.paragraph() + " names CAS "
                    + String.join(", ", top.why().cas()) + (open.isEmpty() ? "" : "; as a mixture, CHECK "
                    + String.join(", ", open)) + (top.decontrols().isEmpty() ? "" : "; CHECK the decontrol notes quoted"),
                    shown, checked, open, reading.english(), used, caveats, Corpus.SOURCE);
        }
        double bestWords = shown.stream().mapToDouble(Candidate::score).max().orElse(0);
        double rival = shown.stream().filter(c -> !c.eccn().equals(top.eccn())).mapToDouble(Candidate::score).max().orElse(0);
        // Parameters list a product only on the paragraph its words found best, clearly ahead of any other ECCN's:
        // met bounds of a weaker or a tied match are a lead for the officer, not an answer.
        if (top.verdict() == Candidate.Verdict.MEETS && top.decontrols().isEmpty() && top.score() >= bestWords
                && rival < RIVAL * top.score()) {
            return new Classification(Classification.Outcome.LISTED, "listed: the parameters meet every threshold of "
                    + top.paragraph() + " (ECCN " + top.eccn() + "); confirm that its words describe the product", shown,
                    checked, List.of(), reading.english(), used, caveats, Corpus.SOURCE);
        }
        List<String> toMeasure = toMeasure(decided);
        boolean allMiss = !req.parameters().isEmpty() && decided.stream().anyMatch(c -> c.verdict() == Candidate.Verdict.MISSES)
                && decided.stream().allMatch(c -> c.verdict() == Candidate.Verdict.MISSES || coveredHeading(c));
        if (allMiss) {
            Set<String> by = new LinkedHashSet<>();
            decided.forEach(c -> c.checks().stream().filter(k -> k.result() == ThresholdCheck.Result.MISSES)
                    .forEach(k -> by.add(k.given())));
            return new Classification(Classification.Outcome.NOT_LISTED, "not listed (by parameter " + String.join(", ", by)
                    + "): outside the thresholds of " + String.join(", ", checked), shown, checked, List.of(),
                    reading.english(), used, caveats, Corpus.SOURCE);
        }
        String what = top.verdict() == Candidate.Verdict.MEETS ? (top.decontrols().isEmpty() ? "the parameters meet "
                + top.paragraph() + ", but its words match no better than another ECCN's; an officer reads them"
                : "a decontrol note of " + top.paragraph() + " may apply")
                : toMeasure.isEmpty() ? "the words of " + String.join(", ", checked) + " decide; an officer reads them"
                : "measure " + String.join(", ", toMeasure);
        return new Classification(Classification.Outcome.CHECK, "CHECK: best candidates " + String.join(", ", checked)
                + "; " + what, shown, checked, toMeasure, reading.english(), used, caveats, Corpus.SOURCE);
    }

    /** A heading whose paragraphs the corpus holds: the paragraphs, not the heading, carry the thresholds. */
    private boolean coveredHeading(Candidate c) {
        Optional<Paragraph> p = corpus.find(c.paragraph());
        return p.isPresent() && p.get().heading() && c.verdict() == Candidate.Verdict.WORDS_ONLY
                && corpus.find(c.eccn() + ".a").or(() -> corpus.paragraphs().stream()
                        .filter(x -> !x.heading() && x.eccn().equals(c.eccn())).findFirst()).isPresent();
    }

    private static List<String> toMeasure(List<Candidate> decided) {
        Set<String> out = new LinkedHashSet<>();
        for (Candidate c : decided) {
            if (c.verdict() == Candidate.Verdict.CHECK) {
                c.checks().stream().filter(k -> k.result() == ThresholdCheck.Result.NOT_GIVEN)
                        .forEach(k -> out.add(k.quantity() + " (" + k.paragraph() + ": " + k.bounds() + ")"));
            }
        }
        return List.copyOf(out);
    }

    private static void unmatchedParameters(ClassificationRequest req, List<Candidate> shown, List<String> caveats) {
        for (GivenParameter g : req.parameters()) {
            boolean used = shown.stream().anyMatch(c -> c.checks().stream().anyMatch(k -> g.written().equals(k.given())));
            if (!used) {
                caveats.add("parameter " + g.written() + " bounds no threshold of the candidates shown");
            }
        }
    }

    private Candidate candidate(Paragraph p, double score, List<String> words, List<String> cas, ClassificationRequest req) {
        List<ThresholdCheck> checks = new ArrayList<>();
        for (Paragraph q = p; q != null; q = q.parentCode() == null ? null : corpus.find(q.parentCode()).orElse(null)) {
            for (Threshold t : q.thresholds()) {
                checks.add(check(q.code(), t, req.parameters()));
            }
        }
        Candidate.Verdict verdict = !cas.isEmpty() ? Candidate.Verdict.BY_CAS : verdict(checks);
        if (verdict == Candidate.Verdict.MEETS && corpus.hasParagraphsUnder(p.code())) {
            // "having any of the following:": the sub-paragraphs complete the entry; met bounds alone do not list it.
            verdict = Candidate.Verdict.CHECK;
        }
        List<String> compared = checks.stream().map(ThresholdCheck::given).filter(g -> g != null).distinct().toList();
        return new Candidate(p.eccn(), p.code(), p.text(), p.context(), score, verdict,
                new Candidate.Why(words, cas, compared), checks, decontrolsShared(p, req.description()),
                regimes.of(p.code()));
    }

    private static Candidate.Verdict verdict(List<ThresholdCheck> checks) {
        if (checks.isEmpty()) {
            return Candidate.Verdict.WORDS_ONLY;
        }
        if (checks.stream().anyMatch(c -> c.result() == ThresholdCheck.Result.MISSES)) {
            return Candidate.Verdict.MISSES;
        }
        return checks.stream().allMatch(c -> c.result() == ThresholdCheck.Result.MEETS) ? Candidate.Verdict.MEETS
                : Candidate.Verdict.CHECK;
    }

    static ThresholdCheck check(String paragraph, Threshold t, List<GivenParameter> given) {
        Unit unit = Units.bundled().find(t.unit()).orElse(new Unit(t.unit(), t.dimension(), 1, 0));
        GivenParameter match = null;
        for (GivenParameter g : given) {
            if (!g.unit().dimension().equals(t.dimension())) {
                continue;
            }
            Optional<Quantity> q = g.quantity();
            boolean named = q.isPresent() && q.get().name().equals(t.quantity());
            boolean generic = q.isEmpty() || t.quantity().equals(t.dimension());
            if (named || (generic && match == null)) {
                match = g;
            }
        }
        if (match == null) {
            return new ThresholdCheck(paragraph, t.quantity(), t.bounds(), t.quote(), null, ThresholdCheck.Result.NOT_GIVEN);
        }
        return new ThresholdCheck(paragraph, t.quantity(), t.bounds(), t.quote(), match.written(),
                t.admits(match.base(), unit) ? ThresholdCheck.Result.MEETS : ThresholdCheck.Result.MISSES);
    }

    /** The decontrol notes (of the paragraph or one enclosing it) whose own words the description shares two of. */
    private List<String> decontrolsShared(Paragraph p, String description) {
        Set<String> query = KeywordRanker.words(description);
        Set<String> paragraph = KeywordRanker.words(p.text() + " " + String.join(" ", p.context()));
        List<String> notes = new ArrayList<>();
        for (Paragraph q = p; q != null; q = q.parentCode() == null ? null : corpus.find(q.parentCode()).orElse(null)) {
            notes.addAll(q.decontrols());
        }
        List<String> out = new ArrayList<>();
        for (String d : notes) {
            long shared = KeywordRanker.words(d).stream()
                    .filter(w -> query.contains(w) && !paragraph.contains(w) && !PLAIN.contains(w)).count();
            if (shared >= 2) {
                out.add(d);
            }
        }
        return out;
    }

    private static final class Holder {
        static final Classifier CLASSIFIER = new Classifier(Corpus.bundled(), new LuceneRanker(Corpus.bundled()),
                TermTable.bundled(), new RegimeEntries(RegimeData.bundled()));
    }
}
