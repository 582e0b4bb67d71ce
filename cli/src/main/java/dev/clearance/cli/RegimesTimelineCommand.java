package dev.clearance.cli;

import dev.clearance.impact.Coverage;
import dev.clearance.impact.RegimeChange;
import dev.clearance.impact.RegimeDiff;
import dev.clearance.regime.Regime;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code clearance regimes timeline EU}: every change in a regime from the start of its data, day by day
 * (a country's own timeline is {@code clearance timeline GB --regime EU}).
 */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "Every change in a regime from the start of its data up to --to, day by day, each with its source.")
final class RegimesTimelineCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", description = "jurisdiction: JP, KR, US or EU") String jurisdiction;
    @Option(names = "--to", description = "the last day, YYYY-MM-DD (default: today)") String to;
    @Option(names = "--json", description = "print JSON") boolean json;

    @Override
    public Integer call() throws IOException {
        Regime regime = RegimesCommand.regime(jurisdiction);
        LocalDate start = regime.coverage().from();
        LocalDate end = Coverage.require(regime, to == null ? LocalDate.now() : RegimesCommand.day(to, "--to"), "to");
        if (start == null) {
            throw new UserError(regime.jurisdiction() + ": the data names no start, so it has no timeline");
        }
        List<RegimeChange> changes = RegimeDiff.between(regime, start, end);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(DetermineCommand.JSON.writeValueAsString(
                    dev.clearance.impact.RegimeChangesJson.of(regime, start, end, changes)));
        } else {
            w.print(RegimeDiff.text(regime, start, end, changes));
        }
        w.flush();
        return 0;
    }
}
