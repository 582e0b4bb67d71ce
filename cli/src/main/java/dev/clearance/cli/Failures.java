package dev.clearance.cli;

import dev.clearance.csv.CsvException;
import dev.clearance.input.BadRequestException;
import dev.clearance.regime.RegimeDataException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;

/** Turns exceptions into one line on standard error and an exit status: users never see a stack trace. */
final class Failures implements CommandLine.IExecutionExceptionHandler {
    private final PrintWriter err;

    Failures(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        int status = Clearance.BAD_INPUT;
        String message;
        if (e instanceof BadRequestException b) {
            message = "--" + b.field() + ": " + b.reason();
        } else if (e instanceof CsvException || e instanceof RegimeDataException || e instanceof UserError) {
            message = e.getMessage();
        } else if (e instanceof NoSuchFileException n) {
            message = "no such file: " + n.getFile();
        } else if (e instanceof IOException io) {
            message = "cannot read or write: " + io.getMessage();
        } else if (e instanceof IllegalArgumentException) {
            message = e.getMessage();
        } else {
            status = 1;
            message = "internal error: " + e + " (please report it with the command line)";
        }
        err.println("clearance: " + message);
        err.flush();
        return status;
    }
}
