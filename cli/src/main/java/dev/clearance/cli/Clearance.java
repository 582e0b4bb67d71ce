package dev.clearance.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code clearance} command. Exit status 0 for an answer, 2 for bad input (one line, no stack
 * trace), 1 for an internal failure.
 */
@Command(name = "clearance", mixinStandardHelpOptions = true, version = "clearance 0.1.0",
        description = "Export-control compliance: licence determination, restricted-party screening, records.",
        subcommands = {DetermineCommand.class, ScreenCommand.class, ScorePairsCommand.class, EvaluateCommand.class, RegimesCommand.class, ImpactCommand.class, WorkloadCommand.class, TimelineCommand.class, ServeCommand.class, AuditCommand.class, ListsCommand.class, PartiesCommand.class, ClassifyCommand.class, SparkScreenHint.class})
public final class Clearance {
    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;

    private Clearance() {
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int status;
        try {
            status = run(args, new PrintWriter(System.out, true), err);
        } catch (RuntimeException | Error e) {
            // Last line of defence: a user never sees a stack trace.
            err.println("clearance: internal error: " + e + " (please report it with the command line)");
            status = 1;
        }
        System.exit(status);
    }

    /** Runs one command line with the given output streams; returns the exit status. Tests call this. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new Clearance());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("clearance: " + ex.getMessage());
            err.println("try: clearance " + String.join(" ", ex.getCommandLine().getCommandSpec().qualifiedName()
                    .replaceFirst("^clearance ?", "")) + " --help");
            err.flush();
            return BAD_INPUT;
        });
        cmd.setExecutionExceptionHandler(new Failures(err));
        return cmd.execute(args);
    }
}
