package dev.clearance.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvWriter;
import dev.clearance.input.BadRequestException;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.DeterminationJson;
import dev.clearance.determination.ExportRequest;
import dev.clearance.determination.TraceStep;
import dev.clearance.orders.OrderLine;
import dev.clearance.application.determinations.ForcedRegime;
import dev.clearance.orders.OrderReader;
import dev.clearance.request.ExportRequestForm;
import dev.clearance.request.RequestFields;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance determine}: one export from options, or a whole order book from a CSV file. */
@Command(name = "determine", mixinStandardHelpOptions = true,
        description = {"Is a licence needed, which licence types can authorise the export, does catch-all apply?",
                "One export: --from JP --to KR --item 3C002 --date 2019-07-10",
                "An order book: --in orders.csv --out determinations.csv"})
final class DetermineCommand implements Callable<Integer> {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec CommandSpec spec;
    @Option(names = "--from", description = "exporting country (JP, KR, US; an EU member state such as DE answers under the EU regime)") String from;
    @Option(names = "--regime", description = "force a regime: JP, KR, US or EU (with --in: for every line)") String regime;
    @Option(names = "--us-content", paramLabel = "PERCENT",
            description = "controlled US content of a non-US export, in percent: above the de minimis level the EAR re-export answer is added")
    java.math.BigDecimal usContent;
    @Option(names = "--to", description = "destination country, ISO 3166-1 alpha-2") String to;
    @Option(names = "--item", description = "control-list code (3C002.a.2), or NONE for an unlisted good") String item;
    @Option(names = "--date", description = "day of export, YYYY-MM-DD") String date;
    @Option(names = "--cas", description = "CAS number of the substance") String cas;
    @Option(names = "--hs", description = "HS code of an unlisted good") String hs;
    @Option(names = "--region", description = "region of the destination the goods go to: ISO 3166-2 code or name"
            + " (UA-43 or Crimea, UA-40 Sevastopol, UA-DNR, UA-LNR ...); measures limited to regions decide only when"
            + " it is given") String region;
    @Option(names = "--headquarters", paramLabel = "CC[,CC]", description = "where the end user, and its ultimate parent"
            + " company if it has one, are headquartered: ISO 3166-1 alpha-2 codes separated by commas (CN, or SG,CN);"
            + " rules limited to end users headquartered in some countries (15 CFR 744.23(a)(3), (a)(4)(ii)) decide only"
            + " when it is given") String headquarters;
    @Option(names = "--end-use", description = "civil (default), wmd, conventional-weapons, military, military-intelligence, supercomputer, advanced-node-ic, ic-production, semiconductor-equipment, internal-repression or unknown") String endUse;
    @Option(names = "--end-user", description = "end user's name (screened with --list)") String endUser;
    @Option(names = "--informed", description = "the authority informed you of a concern") boolean informed;
    @Option(names = "--json", description = "print the JSON contract") boolean json;
    @Option(names = "--lang", description = "language of the one-line answer and the trace's effects: en (default), ja or ko (codes, names"
            + " and the regime data's own texts stay as recorded)")
    String lang;
    @Option(names = "--value", arity = "2", paramLabel = "AMOUNT CURRENCY",
            description = "shipment value, e.g. --value 2000 USD (US LVS needs it)") List<String> value;
    @Option(names = "--list", description = "end-user list FORMAT:PATH to screen --end-user against, repeatable")
    List<String> lists;
    @Option(names = "--map", description = "column mapping of a csv list (name=COLUMN,...,effect=KIND[:ISSUER]), in the"
            + " order of the csv lists; one mapping serves them all") List<String> maps;
    @Option(names = "--in", description = "order book CSV: id,from,to,item,date[,cas,hs,end_use,end_user,informed,value,currency,us_content,region,headquarters];"
            + " a product column instead of (or beside) item names a product of the product master") Path in;
    @Option(names = "--out", description = "determinations CSV to write (with --in)") Path out;
    @Option(names = "--products", description = "with --in: the product master a product column is read against, as a"
            + " product-master CSV (GET /api/product-master/csv): a row naming a product uses its APPROVED"
            + " classification in force on the row's date") Path products;
    @Option(names = "--db", description = "with --in: JDBC URL of the product master database (default: env"
            + " CLEARANCE_DB_URL, else the H2 database in ./data when there is one)") String db;
    @Option(names = "--data", description = "with --in: data folder of the embedded product master database") Path data;
    @Mixin InputFile input = new InputFile();

    private DeterminationEngine engine;
    private EndUsers endUsers = EndUsers.NONE;

    @Override
    public Integer call() throws IOException {
        language(); // a bad --lang is refused before any work
        engine = DeterminationEngine.bundled();
        if (lists != null && !lists.isEmpty()) {
            endUsers = new ScreeningEndUsers(ListsOption.loadWithVersions(lists, maps == null ? List.of() : maps,
                    spec.commandLine().getErr()).entries(), String.join(", ", lists));
        }
        if (in != null) {
            return book();
        }
        List<String> missing = new ArrayList<>();
        for (String[] o : new String[][] {{"--from", from}, {"--to", to}, {"--item", item}, {"--date", date}}) {
            if (o[1] == null) {
                missing.add(o[0]);
            }
        }
        if (!missing.isEmpty()) {
            throw new UserError("missing " + String.join(", ", missing) + " (or give --in orders.csv)");
        }
        if (endUser != null && endUsers == EndUsers.NONE) {
            spec.commandLine().getErr().println("clearance: warning: --end-user given without --list: not screened");
        }
        ExportRequest request = request();
        if (usContent != null) {
            if (regime != null) {
                throw new UserError("--us-content and --regime do not go together");
            }
            dev.clearance.determination.DeMinimis.Answer a = dev.clearance.determination.DeMinimis.determine(engine,
                    request, usContent);
            PrintWriter w = spec.commandLine().getOut();
            if (json) {
                w.println(JSON.writeValueAsString(DeterminationJson.of(a)));
            } else {
                print(a.own(), w, language());
                w.println();
                w.println("De minimis: " + a.finding().why());
                if (a.reexport() != null) {
                    w.println("Re-export under the US EAR:");
                    print(a.reexport(), w, language());
                }
            }
            w.flush();
            return 0;
        }
        dev.clearance.regime.Regime forced = forcedRegime();
        Determination d = forced == null ? engine.determine(request) : engine.determine(forced, request);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(JSON.writeValueAsString(DeterminationJson.of(d)));
        } else {
            print(d, w, language());
        }
        w.flush();
        return 0;
    }

    /** The regime {@code --regime} forces, or null when the exporter's country selects it: as the API reads it. */
    private dev.clearance.regime.Regime forcedRegime() {
        return ForcedRegime.of(engine, regime);
    }

    private ExportRequest request() {
        ExportRequest r = new ExportRequestForm(from, to, item, cas, hs, date, endUse, Boolean.toString(informed),
                value == null ? null : value.get(0), value == null ? null : value.get(1), region, headquarters)
                .parse(RequestFields.CLI);
        return r.withEndUser(endUsers.find("end-user", endUser));
    }

    /** The language of --lang: en, ja or ko; anything else is refused naming the option. */
    private java.util.Locale language() {
        if (lang == null) {
            return Locale.ENGLISH;
        }
        if (!dev.clearance.determination.AnswerText.LANGUAGES.contains(lang.toLowerCase(Locale.ROOT))) {
            throw new BadRequestException("lang", "expected en, ja or ko: " + dev.clearance.text.Excerpt.quote(lang));
        }
        return Locale.forLanguageTag(lang.toLowerCase(Locale.ROOT));
    }

    static void print(Determination d, PrintWriter w) {
        print(d, w, Locale.ENGLISH);
    }

    static void print(Determination d, PrintWriter w, Locale language) {
        w.println(dev.clearance.determination.AnswerText.summary(d, language));
        TraceWords words = TraceWords.of(language);
        int i = 1;
        for (TraceStep s : d.trace()) {
            w.printf("  %2d. %s: %s%n      source: %s%n", i++, s.rule(), words.effect(s), s.source());
        }
    }

    /** The determination columns of an order-book row: {@link #COLUMNS}. */
    static List<String> columns(Determination d) {
        return List.of(Boolean.toString(d.licenceRequired()), String.join("|", d.licenceOptions()),
                Boolean.toString(d.catchAll()), d.reviewDays() == null ? "" : d.reviewDays().toString(),
                d.documents() == null ? "" : d.documents().toString(), Boolean.toString(d.prohibited()),
                d.confidence().word(), d.policyWord(), d.authority() == null ? "" : d.authority(),
                String.join("|", d.optionConfidence().stream().map(dev.clearance.determination.Confidence::word).toList()));
    }

    /** The columns a determination adds to an order-book row. */
    static final List<String> COLUMNS = List.of("licence_required", "licence_options", "catch_all", "review_days",
            "documents", "prohibited", "confidence", "policy", "authority", "option_confidence");

    /** The column an order book with a {@code product} column gains: the product record the line's item came from. */
    static final String PRODUCT_COLUMN = "product_classification";

    /** The trace steps citing the product record (and saying it changed since), or empty for a line naming an item. */
    private static String cited(OrderLine line) {
        if (line.product() == null || line.product().cited() == null) {
            return "";
        }
        TraceStep c = line.product().cited();
        TraceStep changed = line.product().changed();
        return c.effect() + " [" + c.source() + "]" + (changed == null ? "" : "; " + changed.effect());
    }

    /** The columns an order book with {@code us_content} gains: the EAR re-export answer, empty below de minimis. */
    static final List<String> REEXPORT_COLUMNS = List.of("reexport_licence_required", "reexport_licence_options",
            "reexport_confidence");

    /** Every column a determined order book may gain after the input's own: no extra column may be named so. */
    private static final List<String> OUTPUT_COLUMNS = java.util.stream.Stream.of(COLUMNS, REEXPORT_COLUMNS,
            List.of(PRODUCT_COLUMN, "line", "refused")).flatMap(List::stream).toList();

    private int book() throws IOException {
        if (out == null) {
            throw new UserError("--in needs --out for the determinations CSV");
        }
        String file = in.toString();
        input.extraBeside(OUTPUT_COLUMNS);
        long total = !Progress.stderrIsTerminal() ? -1 : InputFile.dataLines(in);
        long bad;
        long good;
        PrintWriter err = spec.commandLine().getErr();
        try (OrderProducts master = OrderProducts.open(products, db, data, input.charset(), engine.regimes(),
                System.getenv());
             OrderReader reader = OrderReader.open(file, InputFile.open(in), input.charset(), input.extra(), master);
             BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CsvWriter writer = new CsvWriter(bw);
             Progress progress = Progress.start("determine", total)) {
            List<String> header = new ArrayList<>(reader.header());
            header.addAll(COLUMNS);
            boolean deMinimis = reader.header().contains("us_content");
            // --regime forces every line's regime; the de minimis rule asks which regime the exporter is under.
            dev.clearance.regime.Regime forced = forcedRegime();
            if (forced != null && deMinimis) {
                throw new UserError("--regime and a us_content column do not go together");
            }
            if (deMinimis) {
                header.addAll(REEXPORT_COLUMNS);
            }
            boolean named = reader.header().stream().map(dev.clearance.csv.CsvTable::columnKey).anyMatch("product"::equals);
            if (named) {
                header.add(PRODUCT_COLUMN);
            }
            // every input line is written: a refused one with its line and reason, so the file is complete
            int determined = header.size() - reader.header().size();
            header.addAll(List.of("line", "refused"));
            writer.write(header);
            long[] counts = new long[2];
            reader.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) throws IOException {
                    Determination d;
                    Determination reexport = null;
                    try {
                        ExportRequest r = line.endUser() == null ? line.request()
                                : line.request().withEndUser(endUsers.find("end_user", line.endUser()));
                        if (forced != null && line.product() != null && line.product().cited() != null) {
                            throw new BadRequestException("product", "not with --regime (the product's approved"
                                    + " classification is the one for the exporter's regime)");
                        }
                        dev.clearance.determination.DeMinimis.Answer a = line.cite(forced != null
                                ? new dev.clearance.determination.DeMinimis.Answer(engine.determine(forced, r), null, null)
                                : dev.clearance.determination.DeMinimis.answer(engine, r, line.usContent()));
                        d = a.own();
                        reexport = a.reexport();
                    } catch (BadRequestException e) {
                        throw reader.rejection(line, e.field().equals("us-content") ? e.renamed("us_content") : e);
                    }
                    List<String> row = new ArrayList<>(line.fields());
                    row.addAll(columns(d));
                    if (deMinimis) {
                        row.addAll(reexport == null ? java.util.Collections.nCopies(REEXPORT_COLUMNS.size(), "")
                                : List.of(Boolean.toString(reexport.licenceRequired()), String.join("|",
                                reexport.licenceOptions()), reexport.confidence().word()));
                    }
                    if (named) {
                        row.add(cited(line));
                    }
                    row.add(Long.toString(line.line()));
                    row.add("");
                    writer.write(row);
                    counts[0]++;
                    progress.step(1);
                }

                @Override
                public void rejected(CsvException problem) throws IOException {
                    rejected(problem, java.util.Collections.nCopies(reader.header().size(), ""));
                }

                @Override
                public void rejected(CsvException problem, List<String> fields) throws IOException {
                    counts[1]++;
                    err.println("clearance: " + problem.getMessage());
                    List<String> row = new ArrayList<>(fields);
                    row.addAll(java.util.Collections.nCopies(determined, ""));
                    row.add(Long.toString(problem.line()));
                    row.add(dev.clearance.matching.PartyRows.reason(problem));
                    writer.write(row);
                    progress.step(1);
                }
            });
            good = counts[0];
            bad = counts[1];
        }
        err.println("clearance: " + good + " order line(s) determined, " + bad + " rejected; wrote " + out);
        err.flush();
        return bad == 0 ? 0 : Clearance.BAD_INPUT;
    }
}
