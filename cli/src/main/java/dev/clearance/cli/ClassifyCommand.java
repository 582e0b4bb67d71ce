package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clearance.classification.Candidate;
import dev.clearance.classification.Classification;
import dev.clearance.classification.ClassificationCsv;
import dev.clearance.classification.ClassificationInputException;
import dev.clearance.classification.ClassificationRequest;
import dev.clearance.classification.Classifier;
import dev.clearance.classification.RegimeEntry;
import dev.clearance.classification.ThresholdCheck;
import dev.clearance.csv.CsvException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance classify "EUV photoresist" --param wavelength=13.5nm}: ranked control-list entries for a
 * product, each threshold checked against the parameters; {@code --in/--out} for a CSV of products.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify a product: description (English, Japanese, Korean), CAS numbers and parameters to ranked"
                + " control-list entries (ECCN and paragraph, Japan's Appended Table 1 row, Korea's and the EU's entry),"
                + " each threshold met, missed or not given (CHECK).",
                "Outcome LISTED only when a CAS number or the parameters bear it out; NOT_LISTED when the parameters miss"
                        + " every candidate; else CHECK, saying what to measure.",
                "Exit status: 0 answered, 2 bad input (a batch: a row refused, the others answered)."},
        subcommands = {ClassifyReviewCommand.class})
final class ClassifyCommand implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    @Spec CommandSpec spec;
    @Parameters(arity = "0..1", paramLabel = "DESCRIPTION", description = "what the product is") String description;
    @Option(names = "--cas", paramLabel = "CAS", description = "a CAS number (repeatable)") List<String> cas = new ArrayList<>();
    @Option(names = "--param", paramLabel = "NAME=VALUE+UNIT",
            description = "a technical parameter, e.g. wavelength=13.5nm, fluorine=12%%wt, frequency=40GHz (repeatable)")
    List<String> params = new ArrayList<>();
    @Option(names = "--json", description = "print the answer as JSON") boolean json;
    @Option(names = "--in", description = "a CSV of products (header description,cas,params; optional product)") Path in;
    @Option(names = "--out", description = "where the batch answers or the record go (default: standard output)") Path out;
    @Option(names = "--record", paramLabel = "REGIME", description = "print the classification record (HTML, a draft to"
            + " approve) stating the entry of this regime: JP, KR, EU or US") String record;
    @Option(names = "--product", description = "the product number the record names (default: the description)") String product;

    @Override
    public Integer call() throws IOException {
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (in != null) {
            return batch(o, err);
        }
        ClassificationRequest req;
        try {
            req = ClassificationRequest.of(description, cas, params, ClassificationRequest.Fields.CLI);
        } catch (ClassificationInputException e) {
            err.println("clearance: " + e.getMessage());
            err.flush();
            return Clearance.BAD_INPUT;
        }
        Classification c = Classifier.bundled().classify(req);
        if (record != null) {
            String regime = record.trim().toUpperCase(java.util.Locale.ROOT);
            if (dev.clearance.regime.read.RegimeData.bundled().get(regime).isEmpty()) {
                err.println("clearance: --record: no regime " + dev.clearance.text.Excerpt.quote(record) + " (JP, KR, EU, US)");
                err.flush();
                return Clearance.BAD_INPUT;
            }
            String page = dev.clearance.classification.ClassificationRecordPage.html(product == null ? req.description()
                    : product, regime, c, System.getProperty("user.name", ""), "", java.time.LocalDate.now());
            if (out == null) {
                o.print(page);
            } else {
                Files.writeString(out, page, StandardCharsets.UTF_8);
            }
            o.flush();
            return 0;
        }
        if (json) {
            o.println(JSON.writeValueAsString(c));
        } else {
            print(o, c);
        }
        o.flush();
        return 0;
    }

    private int batch(PrintWriter o, PrintWriter err) throws IOException {
        if (!Files.isRegularFile(in)) {
            err.println("clearance: --in " + in + ": no such file");
            err.flush();
            return Clearance.BAD_INPUT;
        }
        try (Reader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             Writer w = out == null ? new java.io.FilterWriter(o) {
                 @Override
                 public void close() throws IOException {
                     flush();
                 }
             } : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            ClassificationCsv.Report report = ClassificationCsv.run(Classifier.bundled(), in.toString(), r, w);
            report.problems().forEach(err::println);
            err.printf("%s: %d rows answered, %d refused (kept in the output as REFUSED)%n", in, report.rows() - report.refused(),
                    report.refused());
            err.flush();
            return report.refused() > 0 ? Clearance.BAD_INPUT : 0;
        } catch (CsvException e) {
            err.println("clearance: " + e.getMessage());
            err.flush();
            return Clearance.BAD_INPUT;
        }
    }

    static void print(PrintWriter o, Classification c) {
        o.println(c.outcome() + ": " + c.summary());
        if (!c.terms().isEmpty()) {
            o.println("read as: " + c.english() + "  (" + String.join("; ", c.terms()) + ")");
        }
        int rank = 1;
        for (Candidate k : c.candidates()) {
            o.printf("%n%d. %s  [%s]  %s%n", rank++, k.paragraph(), k.verdict(), k.text());
            if (!k.context().isEmpty()) {
                o.println("   under: " + String.join(" > ", k.context()));
            }
            for (RegimeEntry r : k.regimes()) {
                o.printf("   %s: %s%s%n", r.jurisdiction(), r.entry().isEmpty() ? "(no entry)" : r.entry(),
                        (r.confirmed() || r.entry().contains("UNCONFIRMED") ? "" : " (UNCONFIRMED)") + (r.note().isEmpty() ? "" : " - " + r.note()));
            }
            List<String> why = new ArrayList<>();
            if (!k.why().terms().isEmpty()) {
                why.add("words " + String.join(", ", k.why().terms()));
            }
            if (!k.why().cas().isEmpty()) {
                why.add("CAS " + String.join(", ", k.why().cas()));
            }
            if (!k.why().parameters().isEmpty()) {
                why.add("parameters " + String.join(", ", k.why().parameters()));
            }
            o.println("   why: " + (why.isEmpty() ? "-" : String.join("; ", why)));
            for (ThresholdCheck t : k.checks()) {
                o.printf("   %-9s %s %s (\"%s\", %s)%s%n", t.result(), t.quantity(), t.bounds(), t.quote(), t.paragraph(),
                        t.given() == null ? "" : ": given " + t.given());
            }
            for (String d : k.decontrols()) {
                o.println("   decontrol note may apply: " + d);
            }
        }
        if (!c.toMeasure().isEmpty()) {
            o.println("\nto measure: " + String.join("; ", c.toMeasure()));
        }
        for (String cv : c.caveats()) {
            o.println("caveat: " + cv);
        }
        o.println("source: " + c.source());
    }
}
