package dev.clearance.cli;

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

/** {@code clearance regimes diff JP --from 2019-08-27 --to 2019-08-28}: what changed in a regime between two days. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "What changed in a regime after --from up to --to: memberships, licence types, catch-all, measures, review rules; each with its source.")
final class RegimesDiffCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Parameters(index = "0", description = "jurisdiction: JP, KR, US or EU") String jurisdiction;
    @Option(names = "--from", required = true, description = "the earlier day, YYYY-MM-DD") String from;
    @Option(names = "--to", required = true, description = "the later day, YYYY-MM-DD") String to;
    @Option(names = "--json", description = "print JSON") boolean json;

    @Override
    public Integer call() throws IOException {
        Regime regime = RegimesCommand.regime(jurisdiction);
        LocalDate f = dev.clearance.impact.Coverage.require(regime, RegimesCommand.day(from, "--from"), "from");
        LocalDate t = dev.clearance.impact.Coverage.require(regime, RegimesCommand.day(to, "--to"), "to");
        if (t.isBefore(f)) {
            throw new UserError("--to " + t + " is before --from " + f);
        }
        List<RegimeChange> changes = RegimeDiff.between(regime, f, t);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(DetermineCommand.JSON.writeValueAsString(dev.clearance.impact.RegimeChangesJson.of(regime, f, t, changes)));
        } else {
            w.print(RegimeDiff.text(regime, f, t, changes));
        }
        w.flush();
        return 0;
    }
}
