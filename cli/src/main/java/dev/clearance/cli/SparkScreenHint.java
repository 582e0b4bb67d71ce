package dev.clearance.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/**
 * {@code clearance spark-screen} as listed in the CLI's help. The command itself lives in the spark
 * module ({@code dev.clearance.spark.SparkScreen}) and runs from that module's class path, so that Spark
 * stays off the class path of every other command; {@code bin/clearance} starts it there. Reached only
 * when the CLI jar is run directly.
 */
@Command(name = "spark-screen",
        description = "Screen a partner file (CSV or Parquet) on Apache Spark, full or delta; bin/clearance spark-screen --help.")
final class SparkScreenHint implements Callable<Integer> {
    @Unmatched List<String> args;

    @Override
    public Integer call() {
        throw new UserError("spark-screen runs from the spark module's class path: start it with"
                + " bin/clearance spark-screen ... (or spark-submit, see the README)");
    }
}
