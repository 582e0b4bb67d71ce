package dev.clearance.classification;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The paragraphs of {@code ccl-corpus.tsv} (see {@link CorpusGenerator}), by code, with their enclosing texts. */
public final class Corpus {
    public static final String SOURCE = "15 CFR 774 Supp. No. 1, Commerce Control List, eCFR 2026-07-23 (ear/ccl.json)";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, Paragraph> byCode;
    private final Map<String, List<Paragraph>> byCas;
    private final java.util.Set<String> parents = new java.util.HashSet<>();
    private final String version;

    private Corpus(List<Paragraph> paragraphs, String version) {
        this.version = version;
        Map<String, Paragraph> m = new LinkedHashMap<>();
        Map<String, List<Paragraph>> c = new LinkedHashMap<>();
        for (Paragraph p : paragraphs) {
            m.putIfAbsent(p.code(), p);
            if (p.parentCode() != null) {
                parents.add(p.parentCode());
            }
            for (String cas : p.cas()) {
                c.computeIfAbsent(cas, k -> new ArrayList<>()).add(p);
            }
        }
        this.byCode = Collections.unmodifiableMap(m);
        this.byCas = Collections.unmodifiableMap(c);
    }

    public static Corpus bundled() {
        return Holder.CORPUS;
    }

    public List<Paragraph> paragraphs() {
        return List.copyOf(byCode.values());
    }

    public Optional<Paragraph> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** True when sub-paragraphs of {@code code} are in the corpus (their words and thresholds complete it). */
    public boolean hasParagraphsUnder(String code) {
        return parents.contains(code);
    }

    /** The paragraphs whose text names this CAS number. */
    public List<Paragraph> byCas(String cas) {
        return byCas.getOrDefault(cas, List.of());
    }

    /** Reads the corpus file's text; an unreadable row is an error naming its line. */
    public static Corpus parse(String text) {
        List<String[]> rows = DataFiles.rows(text, 7, CorpusGenerator.FILE);
        Map<String, String> texts = new LinkedHashMap<>();
        for (String[] f : rows) {
            texts.putIfAbsent(f[0], f[3]);
        }
        List<Paragraph> out = new ArrayList<>();
        try {
            for (String[] f : rows) {
                boolean heading = f[2].equals("H");
                out.add(new Paragraph(f[0], f[1], heading, f[3], heading ? List.of() : context(f[0], f[1], texts),
                        f[4].isEmpty() ? List.of() : List.of(f[4].split(",")),
                        JSON.readValue(f[5], new TypeReference<List<Threshold>>() { }),
                        JSON.readValue(f[6], new TypeReference<List<String>>() { })));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(CorpusGenerator.FILE + ": a JSON column could not be read", e);
        }
        return new Corpus(out, version(text));
    }

    /**
     * Which corpus this is: the first 16 hex digits of the SHA-256 of its text. The product master is re-checked
     * when it changes (a new ccl.json snapshot read into the corpus).
     */
    public String version() {
        return version;
    }

    private static String version(String text) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The heading and the texts of the enclosing paragraphs, outermost first. */
    private static List<String> context(String code, String eccn, Map<String, String> texts) {
        List<String> out = new ArrayList<>();
        out.add(texts.getOrDefault(eccn, ""));
        String[] parts = code.substring(eccn.length() + 1).split("\\.");
        StringBuilder c = new StringBuilder(eccn);
        for (int i = 0; i < parts.length - 1; i++) {
            c.append('.').append(parts[i]);
            String t = texts.get(c.toString());
            if (t != null) {
                out.add(t);
            }
        }
        return out;
    }

    private static final class Holder {
        static final Corpus CORPUS = parse(DataFiles.resource("classification/" + CorpusGenerator.FILE));
    }
}
