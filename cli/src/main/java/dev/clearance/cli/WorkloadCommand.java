package dev.clearance.cli;

import dev.clearance.csv.CsvException;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.ImpactSide;
import dev.clearance.impact.OfficeWorkload;
import dev.clearance.impact.Scenario;
import dev.clearance.impact.ScenarioLoader;
import dev.clearance.impact.WorkloadEstimate;
import dev.clearance.impact.WorkloadSettings;
import dev.clearance.impact.WorkloadText;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.read.RegimeData;
import dev.clearance.report.WorkloadReportPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code clearance workload}: the licence applications and officer time an order book implies, before and after a change. */
@Command(name = "workload", mixinStandardHelpOptions = true,
        description = {"Licence applications by route, review days and officer-days an order book implies before and after a change.",
                "--orders book.csv --before 2019-09-17 --after 2019-09-18 [--from KR --to JP] [--officers 3] [--json | --report r.html]",
                "With --scenario s.yaml the after side is the scenario's regime (on --after, or each order's date)."})
final class WorkloadCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--orders", required = true, description = "order book CSV: id,from,to,item,date[,cas,hs,end_use,end_user,informed,consignee]") Path orders;
    @Option(names = "--before", description = "the day before the change, YYYY-MM-DD (default: each order's date)") String before;
    @Option(names = "--after", description = "the day after the change, YYYY-MM-DD (default: each order's date)") String after;
    @Option(names = "--scenario", description = "what-if scenario YAML for the after side") Path scenario;
    @Option(names = "--minutes-per-application", paramLabel = "ROUTE=MIN", split = ",", arity = "1..*",
            description = "officer minutes per application of a route (default INDIVIDUAL 120, bulk 480; assumptions)") List<String> minutes;
    @Option(names = "--officers", description = "officers handling the applications: estimate the backlog") Integer officers;
    @Option(names = "--officer-day-minutes", defaultValue = "480", description = "minutes in an officer-day (default 480)") int dayMinutes;
    @Option(names = "--working-days-per-month", defaultValue = "21", description = "officer working days a month (default 21)") int workingDays;
    @Option(names = "--from", description = "only lines exported from this jurisdiction (JP, KR)") String from;
    @Option(names = "--to", description = "only lines to this destination (ISO alpha-2)") String to;
    @Option(names = "--json", description = "print JSON: {before, after, change}") boolean json;
    @Option(names = "--report", description = "HTML report to write (self-contained)") Path report;
    @picocli.CommandLine.Mixin LanguageOption language = new LanguageOption();

    @Override
    public Integer call() throws IOException {
        dev.clearance.report.ReportText words = language.words(); // a bad --lang is refused before any work
        WorkloadSettings settings = settings();
        Regimes bundled = RegimeData.bundled();
        LocalDate b = before == null ? null : RegimesCommand.day(before, "--before");
        LocalDate a = after == null ? null : RegimesCommand.day(after, "--after");
        if (scenario == null && (b == null || a == null)) {
            throw new UserError("give --before and --after (or --scenario scenario.yaml)");
        }
        DeterminationEngine beforeEngine = new DeterminationEngine(bundled);
        DeterminationEngine afterEngine = beforeEngine;
        String afterLabel = label(a);
        if (scenario != null) {
            Scenario s = ScenarioLoader.load(scenario, bundled);
            afterEngine = new DeterminationEngine(s.applyTo(bundled));
            afterLabel = "scenario '" + s.title() + "' " + label(a);
        }
        PrintWriter err = spec.commandLine().getErr();
        WorkloadEstimate e;
        try (Reader in = Files.newBufferedReader(orders, StandardCharsets.UTF_8)) {
            e = new OfficeWorkload(new ImpactSide(label(b), beforeEngine, b), new ImpactSide(afterLabel, afterEngine, a),
                    settings).run(orders.toString(), in, (CsvException p) -> err.println("clearance: " + p.getMessage()));
        }
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(DetermineCommand.JSON.writeValueAsString(e.json()));
        } else {
            w.print(WorkloadText.render(e));
        }
        if (report != null) {
            Files.writeString(report, WorkloadReportPage.render(e, words), StandardCharsets.UTF_8);
            err.println("clearance: wrote " + report);
        }
        w.flush();
        err.flush();
        return e.rejected() == 0 ? 0 : Clearance.BAD_INPUT;
    }

    private static String label(LocalDate day) {
        return day == null ? "on each order's date" : day.toString();
    }

    private WorkloadSettings settings() {
        Map<String, Integer> perRoute = new LinkedHashMap<>();
        for (String m : minutes == null ? List.<String>of() : minutes) {
            int eq = m.indexOf('=');
            String route = eq < 0 ? "" : m.substring(0, eq).trim().toUpperCase(Locale.ROOT);
            int value;
            try {
                value = eq < 0 ? -1 : Integer.parseInt(m.substring(eq + 1).trim());
            } catch (NumberFormatException ex) {
                value = -1;
            }
            if (route.isEmpty() || value <= 0) {
                throw new UserError("--minutes-per-application: expected ROUTE=MINUTES with positive minutes, e.g."
                        + " INDIVIDUAL=90: '" + (m.length() > 200 ? m.substring(0, 200) + "..." : m) + "'");
            }
            perRoute.put(route, value);
        }
        if (officers != null && officers <= 0) {
            throw new UserError("--officers: expected a positive number: " + officers);
        }
        if (dayMinutes <= 0 || workingDays <= 0) {
            throw new UserError("--officer-day-minutes and --working-days-per-month must be positive");
        }
        return new WorkloadSettings(perRoute, dayMinutes, workingDays, officers,
                from == null ? null : from.toUpperCase(Locale.ROOT), to == null ? null : to.toUpperCase(Locale.ROOT));
    }
}
