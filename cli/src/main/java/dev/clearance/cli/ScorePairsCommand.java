package dev.clearance.cli;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import dev.clearance.csv.CsvWriter;
import dev.clearance.input.BadRequestException;
import dev.clearance.matching.NameScorer;
import dev.clearance.matching.PartyInput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance score-pairs}: scores name pairs, the harness compliance teams calibrate thresholds with. */
@Command(name = "score-pairs", mixinStandardHelpOptions = true,
        description = "Read a CSV with name1,name2 (optional schema) and write it back with a score column.")
final class ScorePairsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--in", required = true, description = "CSV with name1,name2[,schema]") Path in;
    @Option(names = "--out", required = true, description = "CSV to write") Path out;
    @Mixin InputFile input = new InputFile();

    @Override
    public Integer call() throws IOException {
        NameScorer scorer = new NameScorer();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        long rows = 0;
        try (CsvTable table = CsvTable.open(in.toString(), InputFile.open(in), input.charset(),
                List.of("name1", "name2"));
             BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CsvWriter writer = new CsvWriter(bw)) {
            List<String> header = new ArrayList<>(table.header());
            header.add("score");
            writer.write(header);
            while (true) {
                CsvTable.Row row;
                try {
                    row = table.next();
                } catch (CsvException e) {
                    // a row the reader cannot read is reported, and the rows after it are still scored
                    rows++;
                    bad++;
                    err.println("clearance: " + e.getMessage());
                    continue;
                }
                if (row == null) {
                    break;
                }
                rows++;
                List<String> fields = row.fields();
                try {
                    String name1 = PartyInput.name("name1", row.get("name1"));
                    String name2 = PartyInput.name("name2", row.get("name2"));
                    fields.add(String.format(Locale.ROOT, "%.4f", scorer.score(name1, name2, row.get("schema"))));
                } catch (BadRequestException e) {
                    bad++;
                    err.println("clearance: " + row.error(e.field(), e.reason() + "; score left blank").getMessage());
                    fields.add("");
                }
                writer.write(fields);
            }
        }
        err.println("clearance: " + (rows - bad) + " pair(s) scored, " + bad + " rejected; wrote " + out);
        err.flush();
        return bad == 0 ? 0 : Clearance.BAD_INPUT;
    }
}
