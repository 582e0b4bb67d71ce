package dev.clearance.cli;

import dev.clearance.evaluation.Evaluation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance evaluate}: the matcher against the peers' public evaluation suites, in one command. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Screening quality on the peers' public evaluation suites.",
                "nomenklatura pairs (precision, recall, F1 against logic-v2), yente UN positives (alert rate),",
                "and 100,000 yente negatives against every list in ../shared/data/lists."})
final class EvaluateCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--data", description = "the shared data folder holding bench/ and lists/ (default ../shared/data)")
    Path data;

    @Override
    public Integer call() throws IOException {
        Path dir = data != null ? data : Evaluation.sharedData();
        if (!Evaluation.available(dir)) {
            throw new UserError("--data: no bench/ and lists/ under " + dir);
        }
        spec.commandLine().getOut().println(Evaluation.run(dir).render());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
