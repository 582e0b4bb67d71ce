package dev.clearance.benchmarks;

import dev.clearance.classification.Classifier;
import dev.clearance.classification.ClassificationRequest;
import dev.clearance.classification.Corpus;
import dev.clearance.classification.Evaluation;
import dev.clearance.classification.Hit;
import dev.clearance.classification.KeywordRanker;
import dev.clearance.classification.LuceneRanker;
import dev.clearance.classification.TermTable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ranking and whole classifications per second on one thread, Lucene against the plain keyword baseline, over the
 * descriptions of the rule-built evaluation (English, chemical names, Japanese and Korean terms; with parameters).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Classification}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ClassificationBenchmark {
    private List<Evaluation.Case> cases;
    private LuceneRanker lucene;
    private KeywordRanker keyword;
    private Classifier luceneClassifier;
    private Classifier keywordClassifier;
    private int i;

    @Setup
    public void setUp() {
        Corpus corpus = Corpus.bundled();
        cases = Evaluation.cases(corpus, TermTable.bundled(), 3).stream().filter(c -> !c.description().isBlank()).toList();
        lucene = new LuceneRanker(corpus);
        keyword = new KeywordRanker(corpus);
        luceneClassifier = Classifier.bundled();
        keywordClassifier = luceneClassifier.with(keyword);
    }

    private Evaluation.Case next() {
        i = (i + 1) % cases.size();
        return cases.get(i);
    }

    private String english(Evaluation.Case c) {
        return TermTable.bundled().read(c.description()).english();
    }

    @Benchmark
    public List<Hit> rankLucene() {
        return lucene.rank(english(next()), 20);
    }

    @Benchmark
    public List<Hit> rankKeywordBaseline() {
        return keyword.rank(english(next()), 20);
    }

    @Benchmark
    public Object classifyLucene() {
        Evaluation.Case c = next();
        return luceneClassifier.classify(ClassificationRequest.of(c.description(), c.cas(), c.parameters(),
                ClassificationRequest.Fields.JSON));
    }

    @Benchmark
    public Object classifyKeywordBaseline() {
        Evaluation.Case c = next();
        return keywordClassifier.classify(ClassificationRequest.of(c.description(), c.cas(), c.parameters(),
                ClassificationRequest.Fields.JSON));
    }
}
