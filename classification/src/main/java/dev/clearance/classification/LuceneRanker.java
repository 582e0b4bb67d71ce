package dev.clearance.classification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The corpus in an in-memory Lucene index, English-analysed (stemming, stop words): a paragraph's own words weigh
 * twice its heading's and enclosing paragraphs'. BM25 ranks; adjacent query words found as a phrase weigh more.
 */
public final class LuceneRanker implements Ranker {
    private static final String TEXT = "text";
    private static final String CONTEXT = "context";
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;
    private final Map<String, Paragraph> byCode = new HashMap<>();
    private final Map<String, Set<String>> stems = new HashMap<>();

    public LuceneRanker(Corpus corpus) {
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
            for (Paragraph p : corpus.paragraphs()) {
                Document d = new Document();
                d.add(new StoredField("code", p.code()));
                d.add(new TextField(TEXT, p.text(), Field.Store.NO));
                d.add(new TextField(CONTEXT, String.join(" ", p.context()), Field.Store.NO));
                w.addDocument(d);
                byCode.put(p.code(), p);
                Set<String> s = new LinkedHashSet<>(analyse(p.text()));
                s.addAll(analyse(String.join(" ", p.context())));
                stems.put(p.code(), s);
            }
            w.commit();
            searcher = new IndexSearcher(DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String name() {
        return "lucene-bm25-english";
    }

    @Override
    public List<Hit> rank(String english, int k) {
        List<String> words = analyse(english);
        if (words.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String w : new LinkedHashSet<>(words)) {
            q.add(new BoostQuery(new TermQuery(new Term(TEXT, w)), 2f), BooleanClause.Occur.SHOULD);
            q.add(new TermQuery(new Term(CONTEXT, w)), BooleanClause.Occur.SHOULD);
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            q.add(new BoostQuery(new org.apache.lucene.search.PhraseQuery(1, TEXT, words.get(i), words.get(i + 1)), 1f),
                    BooleanClause.Occur.SHOULD);
        }
        try {
            List<Hit> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q.build(), k).scoreDocs) {
                String code = searcher.storedFields().document(sd.doc).get("code");
                Paragraph p = byCode.get(code);
                Set<String> s = stems.get(code);
                out.add(new Hit(p, sd.score, words.stream().filter(s::contains).distinct().toList()));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> analyse(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
