package dev.clearance.cli;

import dev.clearance.regime.Regime;
import dev.clearance.regime.RegimeView;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance regimes show|diff|compare}: the regimes as data. */
@Command(name = "regimes", mixinStandardHelpOptions = true, description = "The regimes as data: show one as of a day, diff two days, compare two regimes, a regime's changes over time.",
        subcommands = {RegimesCommand.Show.class, RegimesDiffCommand.class, RegimesCompareCommand.class,
                RegimesTimelineCommand.class})
final class RegimesCommand {

    static LocalDate day(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserError(option + ": not a date (YYYY-MM-DD): '" + text + "'");
        }
    }

    static Regime regime(String code) {
        return RegimeData.bundled().require(code.toUpperCase(Locale.ROOT));
    }

    /** {@code clearance regimes show JP --date 2019-09-01}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "The regime as it stood on a day.")
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(index = "0", description = "jurisdiction: JP, KR, US or EU") String jurisdiction;
        @Option(names = "--date", description = "the day, YYYY-MM-DD (default: today)") String date;

        @Override
        public Integer call() {
            Regime regime = regime(jurisdiction);
            LocalDate day = dev.clearance.impact.Coverage.require(regime,
                    date == null ? LocalDate.now() : day(date, "--date"), "date");
            spec.commandLine().getOut().print(RegimeView.text(regime, day));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
