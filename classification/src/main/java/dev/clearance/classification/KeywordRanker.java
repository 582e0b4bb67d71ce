package dev.clearance.classification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The plain keyword baseline the Lucene ranker is measured against: a paragraph scores the number of distinct query
 * words (lower case, three letters or more, no stemming) in its text, plus half that in its heading and enclosing
 * paragraphs. Ties keep corpus order.
 */
public final class KeywordRanker implements Ranker {
    private final List<Paragraph> paragraphs;
    private final List<Set<String>> own = new ArrayList<>();
    private final List<Set<String>> around = new ArrayList<>();

    public KeywordRanker(Corpus corpus) {
        this.paragraphs = corpus.paragraphs();
        for (Paragraph p : paragraphs) {
            own.add(words(p.text()));
            around.add(words(String.join(" ", p.context())));
        }
    }

    @Override
    public String name() {
        return "keyword-baseline";
    }

    @Override
    public List<Hit> rank(String english, int k) {
        Set<String> q = words(english);
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            double score = 0;
            List<String> matched = new ArrayList<>();
            for (String w : q) {
                boolean inOwn = own.get(i).contains(w);
                boolean inAround = around.get(i).contains(w);
                score += (inOwn ? 1 : 0) + (inAround ? 0.5 : 0);
                if (inOwn || inAround) {
                    matched.add(w);
                }
            }
            if (score > 0) {
                hits.add(new Hit(paragraphs.get(i), score, matched));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::score).reversed());
        return hits.subList(0, Math.min(k, hits.size()));
    }

    static Set<String> words(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 3) {
                out.add(w);
            }
        }
        return out;
    }
}
