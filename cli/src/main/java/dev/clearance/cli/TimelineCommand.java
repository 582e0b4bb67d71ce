package dev.clearance.cli;

import dev.clearance.impact.CountryTimeline;
import dev.clearance.impact.Timeline;
import dev.clearance.impact.TimelineText;
import dev.clearance.report.TimelinePage;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clearance timeline KR --regime JP}: a country's standing in a regime over time. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "A country's standing in a regime over time: its groups, measures against it, licence types open to it, catch-all and review rules.")
final class TimelineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", description = "the country, ISO 3166-1 alpha-2, e.g. KR") String country;
    @Option(names = "--regime", required = true, description = "the regime: JP, KR, US or EU") String regime;
    @Option(names = "--to", description = "last day shown, YYYY-MM-DD (default: today)") String to;
    @ArgGroup(exclusive = true) Format format = new Format();
    @picocli.CommandLine.Mixin LanguageOption language = new LanguageOption();

    /** Plain text unless one of these is given. */
    static final class Format {
        @Option(names = "--json", description = "print JSON") boolean json;
        @Option(names = "--html", description = "print a self-contained HTML page with the chart") boolean html;
    }

    @Override
    public Integer call() throws IOException {
        dev.clearance.report.ReportText words = language.words(); // a bad --lang is refused before any work
        LocalDate end = to == null ? LocalDate.now() : RegimesCommand.day(to, "--to");
        Timeline t = CountryTimeline.of(RegimesCommand.regime(regime), country.toUpperCase(Locale.ROOT), end);
        PrintWriter w = spec.commandLine().getOut();
        if (format.json) {
            w.println(DetermineCommand.JSON.writeValueAsString(dev.clearance.impact.TimelineJson.of(t)));
        } else if (format.html) {
            w.print(TimelinePage.render(t, words));
        } else {
            w.print(TimelineText.render(t));
        }
        w.flush();
        return 0;
    }
}
