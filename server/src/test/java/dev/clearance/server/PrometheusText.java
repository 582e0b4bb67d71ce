package dev.clearance.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), test-side: every line must be a
 * {@code # HELP}, a {@code # TYPE} (once per family, before its samples), another comment, blank, or a sample
 * {@code name{label="value",...} value [timestamp]} with valid names, escapes and numbers; a series appears once;
 * a histogram's buckets are cumulative and end at {@code le="+Inf"} equal to its {@code _count}. Anything else
 * fails with the line number.
 */
final class PrometheusText {
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final Pattern LABEL = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Set<String> TYPES = Set.of("counter", "gauge", "histogram", "summary", "untyped");

    /** One series: a metric name and its labels (sorted). */
    record Series(String name, Map<String, String> labels) {
    }

    private final Map<Series, Double> samples = new LinkedHashMap<>();
    private final Map<String, String> types = new HashMap<>();

    private PrometheusText() {
    }

    /** @throws IllegalArgumentException naming the line that is not in the format */
    static PrometheusText parse(String text) {
        PrometheusText p = new PrometheusText();
        String[] lines = text.split("\n", -1);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            throw new IllegalArgumentException("the exposition must end with a line feed");
        }
        Set<String> sampled = new java.util.HashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int no = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String[] parts = line.split(" ", 4);
                if (parts.length >= 3 && parts[0].equals("#") && parts[1].equals("TYPE")) {
                    require(parts.length == 4 && NAME.matcher(parts[2]).matches() && TYPES.contains(parts[3]), no,
                            "bad TYPE line: " + line);
                    require(!p.types.containsKey(parts[2]), no, "second TYPE for " + parts[2]);
                    require(!sampled.contains(parts[2]), no, "TYPE after samples of " + parts[2]);
                    p.types.put(parts[2], parts[3]);
                } else if (parts.length >= 3 && parts[0].equals("#") && parts[1].equals("HELP")) {
                    require(NAME.matcher(parts[2]).matches(), no, "bad HELP line: " + line);
                }
                continue;
            }
            p.sample(line, no, sampled);
        }
        p.checkHistograms();
        return p;
    }

    private void sample(String line, int no, Set<String> sampled) {
        int i = 0;
        while (i < line.length() && line.charAt(i) != '{' && line.charAt(i) != ' ') {
            i++;
        }
        String name = line.substring(0, i);
        require(NAME.matcher(name).matches(), no, "bad metric name '" + name + "'");
        Map<String, String> labels = new TreeMap<>();
        if (i < line.length() && line.charAt(i) == '{') {
            i++;
            while (line.charAt(i) != '}') {
                int eq = line.indexOf('=', i);
                require(eq > i, no, "label without '='");
                String label = line.substring(i, eq);
                require(LABEL.matcher(label).matches(), no, "bad label name '" + label + "'");
                require(eq + 1 < line.length() && line.charAt(eq + 1) == '"', no, "label value not quoted");
                StringBuilder value = new StringBuilder();
                int j = eq + 2;
                for (; j < line.length() && line.charAt(j) != '"'; j++) {
                    char c = line.charAt(j);
                    if (c == '\\') {
                        require(j + 1 < line.length(), no, "dangling escape");
                        char e = line.charAt(++j);
                        require(e == '\\' || e == '"' || e == 'n', no, "bad escape \\" + e);
                        value.append(e == 'n' ? '\n' : e);
                    } else {
                        value.append(c);
                    }
                }
                require(j < line.length(), no, "unterminated label value");
                require(labels.put(label, value.toString()) == null, no, "label " + label + " twice");
                i = j + 1;
                require(i < line.length(), no, "unterminated label set");
                if (line.charAt(i) == ',') {
                    i++;
                }
                require(i < line.length(), no, "unterminated label set");
            }
            i++;
        }
        require(i < line.length() && line.charAt(i) == ' ', no, "no value after the series");
        String[] rest = line.substring(i + 1).split(" ");
        require(rest.length == 1 || rest.length == 2, no, "expected a value and at most a timestamp");
        double value = number(rest[0], no);
        if (rest.length == 2) {
            try {
                Long.parseLong(rest[1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("line " + no + ": bad timestamp " + rest[1]);
            }
        }
        Series s = new Series(name, Map.copyOf(labels));
        require(samples.put(s, value) == null, no, "series twice: " + s);
        sampled.add(family(name));
    }

    private String family(String name) {
        for (String suffix : new String[] {"_bucket", "_sum", "_count"}) {
            String base = name.endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : null;
            if (base != null && ("histogram".equals(types.get(base)) || "summary".equals(types.get(base)))) {
                return base;
            }
        }
        return name;
    }

    private static double number(String s, int no) {
        switch (s) {
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            case "NaN":
                return Double.NaN;
            default:
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("line " + no + ": bad value " + s);
                }
        }
    }

    /** Buckets cumulative, ending at +Inf equal to the count, per histogram series. */
    private void checkHistograms() {
        for (Map.Entry<String, String> t : types.entrySet()) {
            if (!t.getValue().equals("histogram")) {
                continue;
            }
            String base = t.getKey();
            Map<Map<String, String>, TreeMap<Double, Double>> buckets = new HashMap<>();
            for (Map.Entry<Series, Double> e : samples.entrySet()) {
                if (e.getKey().name().equals(base + "_bucket")) {
                    Map<String, String> labels = new TreeMap<>(e.getKey().labels());
                    String le = labels.remove("le");
                    if (le == null) {
                        throw new IllegalArgumentException(base + "_bucket without le");
                    }
                    buckets.computeIfAbsent(Map.copyOf(labels), k -> new TreeMap<>()).put(number(le, 0), e.getValue());
                }
            }
            for (Map.Entry<Map<String, String>, TreeMap<Double, Double>> b : buckets.entrySet()) {
                double last = -1;
                for (double v : b.getValue().values()) {
                    if (v < last) {
                        throw new IllegalArgumentException(base + " buckets not cumulative: " + b);
                    }
                    last = v;
                }
                Double inf = b.getValue().get(Double.POSITIVE_INFINITY);
                Double count = samples.get(new Series(base + "_count", b.getKey()));
                if (inf == null || !inf.equals(count)) {
                    throw new IllegalArgumentException(base + ": le=+Inf " + inf + " is not the count " + count);
                }
            }
        }
    }

    private static void require(boolean ok, int line, String what) {
        if (!ok) {
            throw new IllegalArgumentException("line " + line + ": " + what);
        }
    }

    /** @return the family's declared type, or null */
    String type(String family) {
        return types.get(family);
    }

    /** @return the value of the series with exactly these labels, or null */
    Double value(String name, Map<String, String> labels) {
        return samples.get(new Series(name, Map.copyOf(labels)));
    }

    /** @return the value of the one series of this name whose labels include these, or 0 when none; fails on several */
    double sum(String name, Map<String, String> labels) {
        double total = 0;
        for (Map.Entry<Series, Double> e : samples.entrySet()) {
            if (e.getKey().name().equals(name) && e.getKey().labels().entrySet().containsAll(labels.entrySet())) {
                total += e.getValue();
            }
        }
        return total;
    }

    /** @return every series of this name */
    List<Series> series(String name) {
        List<Series> out = new ArrayList<>();
        samples.keySet().stream().filter(s -> s.name().equals(name)).forEach(out::add);
        return out;
    }
}
