package dev.clearance.cli;

import dev.clearance.orders.OrderReader;
import dev.clearance.csv.CsvWriter;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.BookImpact;
import dev.clearance.impact.ChangesCsv;
import dev.clearance.impact.ImpactRun;
import dev.clearance.impact.ImpactSide;
import dev.clearance.impact.ImpactText;
import dev.clearance.impact.ImpactTotals;
import dev.clearance.impact.Scenario;
import dev.clearance.impact.ScenarioLoader;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.RegimeData;
import dev.clearance.report.ImpactReportPage;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance impact}: what a regime change, or a what-if scenario, does to a whole order book. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"Which order lines change, and how, between two dates or under a what-if scenario.",
                "Between dates: --orders orders.csv --before 2019-08-27 --after 2019-08-28 [--out changes.csv] [--report report.html]",
                "What if:       --orders orders.csv --scenario scenario.yaml [--after 2020-01-01]"})
final class ImpactCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--orders", required = true, description = "order book CSV: id,from,to,item,date[,cas,hs,end_use,end_user,informed]") Path orders;
    @Option(names = "--before", description = "the day before the change, YYYY-MM-DD") String before;
    @Option(names = "--after", description = "the day after the change, YYYY-MM-DD (with --scenario: the day to compare on instead of each order's date)") String after;
    @Option(names = "--scenario", description = "what-if scenario YAML, applied on top of the regime it names") Path scenario;
    @Option(names = "--out", description = "changes CSV to write: the changed lines, before and after") Path out;
    @Option(names = "--report", description = "HTML report to write (self-contained)") Path report;
    @Mixin InputFile input = new InputFile();
    @Mixin LanguageOption language = new LanguageOption();

    @Override
    public Integer call() throws IOException {
        dev.clearance.report.ReportText words = language.words(); // a bad --lang is refused before any work
        BookImpact impact = scenario == null ? betweenDates() : whatIf();
        PrintWriter err = spec.commandLine().getErr();
        long total = !Progress.stderrIsTerminal() ? -1 : countLines();
        ImpactRun.Outcome run;
        try (OrderReader in = OrderReader.open(orders.toString(), InputFile.open(orders), input.charset(),
                input.extra());
             CsvWriter csv = out == null ? null : new CsvWriter(new BufferedWriter(
                     Files.newBufferedWriter(out, StandardCharsets.UTF_8), 1 << 16));
             Progress progress = Progress.start("impact", total)) {
            run = ImpactRun.run(impact, in, csv == null ? null : new ChangesCsv(csv),
                    problem -> err.println("clearance: " + problem.getMessage()), progress::step);
        }
        ImpactTotals totals = run.totals();
        String beforeLabel = impact.before().label();
        String afterLabel = impact.after().label();
        PrintWriter w = spec.commandLine().getOut();
        w.print(ImpactText.render(totals, beforeLabel, afterLabel));
        if (report != null) {
            Files.writeString(report, ImpactReportPage.render(run, beforeLabel, afterLabel, words), StandardCharsets.UTF_8);
        }
        w.flush();
        err.println("clearance: " + totals.lines() + " order line(s) compared, " + totals.changedLines() + " changed, "
                + totals.rejectedLines() + " rejected" + (out == null ? "" : "; wrote " + out)
                + (report == null ? "" : "; wrote " + report));
        err.flush();
        return totals.rejectedLines() == 0 ? 0 : Clearance.BAD_INPUT;
    }

    private BookImpact betweenDates() {
        if (before == null || after == null) {
            throw new UserError("give --before and --after (or --scenario scenario.yaml)");
        }
        LocalDate b = RegimesCommand.day(before, "--before");
        LocalDate a = RegimesCommand.day(after, "--after");
        DeterminationEngine engine = DeterminationEngine.bundled();
        return new BookImpact(new ImpactSide(b.toString(), engine, b), new ImpactSide(a.toString(), engine, a));
    }

    private BookImpact whatIf() throws IOException {
        if (before != null) {
            throw new UserError("--before does not go with --scenario: the scenario is compared with the regime"
                    + " as it stands, on each order's date or on --after");
        }
        LocalDate day = after == null ? null : RegimesCommand.day(after, "--after");
        Regimes bundled = RegimeData.bundled();
        Scenario s = ScenarioLoader.load(scenario, bundled);
        String on = day == null ? " (on each order's date)" : " (on " + day + ")";
        return new BookImpact(new ImpactSide(s.jurisdiction() + " as it stands" + on, new DeterminationEngine(bundled),
                day), new ImpactSide(s.jurisdiction() + " with scenario '" + s.title() + "'" + on,
                new DeterminationEngine(s.applyTo(bundled)), day));
    }

    private long countLines() throws IOException {
        try (Stream<String> lines = Files.lines(orders)) {
            return Math.max(0, lines.count() - 1);
        }
    }
}
