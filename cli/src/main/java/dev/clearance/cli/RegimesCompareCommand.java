package dev.clearance.cli;

import dev.clearance.determination.DeterminationEngine;
import dev.clearance.impact.ComparisonText;
import dev.clearance.impact.RegimeComparison;
import dev.clearance.report.ComparisonPage;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance regimes compare JP KR --date 2020-01-01}: two regimes side by side, and how each treats the other. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Two regimes side by side on a day: country groups, licence types, catch-all, review times and documents, measures, and how each treats the other.")
final class RegimesCompareCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", description = "first jurisdiction, e.g. JP") String left;
    @Parameters(index = "1", description = "second jurisdiction, e.g. KR") String right;
    @Option(names = "--date", description = "the day, YYYY-MM-DD (default: today)") String date;
    @ArgGroup(exclusive = true) Format format = new Format();
    @picocli.CommandLine.Mixin LanguageOption language = new LanguageOption();

    /** Plain text unless one of these is given. */
    static final class Format {
        @Option(names = "--json", description = "print JSON") boolean json;
        @Option(names = "--html", description = "print a self-contained HTML page") boolean html;
    }

    @Override
    public Integer call() throws IOException {
        dev.clearance.report.ReportText words = language.words(); // a bad --lang is refused before any work
        LocalDate day = date == null ? LocalDate.now() : RegimesCommand.day(date, "--date");
        RegimeComparison c = RegimeComparison.of(DeterminationEngine.bundled(), RegimesCommand.regime(left),
                RegimesCommand.regime(right), day);
        PrintWriter w = spec.commandLine().getOut();
        if (format.json) {
            w.println(DetermineCommand.JSON.writeValueAsString(dev.clearance.impact.ComparisonJson.of(c)));
        } else if (format.html) {
            w.print(ComparisonPage.render(c, words));
        } else {
            w.print(ComparisonText.render(c));
        }
        w.flush();
        return 0;
    }
}
