package dev.clearance.cli;

import dev.clearance.lists.ListEntry;
import dev.clearance.lists.ListSpecs;
import dev.clearance.matching.BatchScreening;
import dev.clearance.matching.explain.Match;
import dev.clearance.matching.explain.MatchJson;
import dev.clearance.matching.PartyInput;
import dev.clearance.matching.PartyRows;
import dev.clearance.matching.normalise.Query;
import dev.clearance.matching.Screener;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code clearance screen}: one name, or a file of parties, against restricted-party lists. */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = {"Screen a name, or a CSV of parties, against restricted-party lists.",
                "FORMAT is one of ofac-csv, ofac-xml, un-xml, eu-xml, eu-journal-csv, csl-csv, csl-json, uk-csv,"
                        + " meti-txt, ftm-json, csv; for ofac-csv, PATH may list the primary, alias and address files"
                        + " separated by commas; csv (any headed CSV) needs --map.",
                "A name may hold several: \"X t/a Y\", \"X d/b/a Y\", \"X trading as Y\", \"X (formerly Y)\", \"X f/k/a Y\""
                        + " are each screened; a vessel prefix (M/V, MV, MT, M.T.) or an IMO number in the name is read as"
                        + " such. A name of legal forms alone (GmbH, Co., Ltd.) is refused: too little to screen on."})
final class ScreenCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--list", required = true, description = "FORMAT:PATH, repeatable") List<String> lists;
    @Option(names = "--map", description = "column mapping of a csv list, in the order of the csv lists:"
            + " name=COLUMN[,alias=COL|COL,id=COL,type=COL,country=COL,dob=COL,programme=COL,alias-separator=;,"
            + "default-type=organization] or a mapping file") List<String> maps;
    @Option(names = "--name", description = "the name to screen") String name;
    @Option(names = "--country", description = "ISO 3166-1 alpha-2 country of the party") String country;
    @Option(names = "--type", description = "person, organization, vessel or aircraft") String type;
    @Option(names = "--dob", description = "date of birth or incorporation: YYYY or YYYY-MM-DD") String dob;
    @Option(names = "--identifier", description = "an identifier of the party, repeatable: IMO 9187629, IMO9187629,"
            + " IMO No. 9187629, Passport No. N123456, National ID 1234567, Reg. No. 1027700132195, or the bare number;"
            + " an equal listed identifier ranks its entry first (score 1)") List<String> identifiers;
    @Option(names = "--threshold", description = "lowest score reported (default ${DEFAULT-VALUE})") Double threshold;
    @Option(names = "--top", defaultValue = "10", description = "most hits per query (default ${DEFAULT-VALUE})") int top;
    @Option(names = "--json", description = "print JSON") boolean json;
    @Option(names = "--lang", description = "language of the explanations: en (default), ja or ko") String lang;
    @Option(names = "--in", description = "parties CSV: id,name[,country,type,dob,identifiers]; identifiers separated"
            + " by ';', each in the forms --identifier takes") Path in;
    @Option(names = "--out", description = "hits CSV to write (with --in)") Path out;
    @Mixin InputFile input = new InputFile();
    private static final PartyInput.Fields OPTIONS = new PartyInput.Fields("id", "name", "country", "type", "dob",
            "identifiers");

    @Override
    public Integer call() throws IOException {
        language(); // a bad --lang is refused before any work
        double t = threshold == null ? Screener.DEFAULT_THRESHOLD : threshold;
        if (t < 0 || t > 1) {
            throw new UserError("--threshold: must be between 0 and 1, not " + t);
        }
        if (top < 1) {
            throw new UserError("--top: must be at least 1");
        }
        if (in == null && name == null) {
            throw new UserError("give --name NAME or --in parties.csv --out hits.csv");
        }
        if (in != null && out == null) {
            throw new UserError("--in needs --out for the hits CSV");
        }
        // the same validation and bounds as every other way a party comes in; errors name the option
        Query query = in != null ? null : PartyInput.query(OPTIONS, null, name, country, type, dob,
                identifiers == null ? List.of() : identifiers);
        PrintWriter err = spec.commandLine().getErr();
        ListSpecs.Loaded loaded = ListsOption.loadWithVersions(lists, maps == null ? List.of() : maps, err);
        List<ListEntry> entries = loaded.entries();
        Screener screener = Screener.of(entries);
        if (in != null) {
            return batch(screener, t, err, loaded);
        }
        List<Match> hits = screener.screen(query, t, top);
        PrintWriter w = spec.commandLine().getOut();
        if (json) {
            w.println(DetermineCommand.JSON.writeValueAsString(toJson(hits)));
        } else if (hits.isEmpty()) {
            w.printf("No hit at or above %.2f among %d entries.%n", t, entries.size());
        } else {
            int rank = 1;
            for (Match m : hits) {
                w.printf("%d. %.3f  %s  %s  %s%n     %s%n", rank++, m.score(), m.entry().id(), m.entry().list(),
                        m.matchedName(), dev.clearance.matching.explain.ExplanationText.render(m.explanation(), language()));
            }
        }
        w.flush();
        return 0;
    }

    /** The language of --lang: en, ja or ko; anything else is refused naming the option. */
    private java.util.Locale language() {
        if (lang == null) {
            return java.util.Locale.ENGLISH;
        }
        String l = lang.toLowerCase(java.util.Locale.ROOT);
        if (!dev.clearance.determination.AnswerText.LANGUAGES.contains(l)) {
            throw new UserError("--lang: expected en, ja or ko: " + dev.clearance.text.Excerpt.quote(lang));
        }
        return java.util.Locale.forLanguageTag(l);
    }

    private int batch(Screener screener, double t, PrintWriter err, ListSpecs.Loaded loaded) throws IOException {
        input.extraBeside(BatchScreening.ROW_HEADER);
        long total = !Progress.stderrIsTerminal() ? -1 : InputFile.dataLines(in);
        BatchScreening.Report report;
        try (BufferedWriter bw = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             Progress progress = Progress.start("screen", total)) {
            long[] last = {0};
            report = BatchScreening.run(screener, PartyRows.open(in.toString(), InputFile.open(in), input.charset(), input.extra()),
                    bw, t, top, done -> {
                        progress.step(done - last[0]);
                        last[0] = done;
                    }, loaded::versionOf);
        }
        report.problems().forEach(p -> err.println("clearance: " + p));
        err.println("clearance: " + report.screened() + " part(ies) screened, " + report.problems().size()
                + " rejected, " + report.hits() + " hit(s); wrote " + out);
        err.flush();
        return report.problems().isEmpty() ? 0 : Clearance.BAD_INPUT;
    }

    /**
     * A hit as {@code screen --json} prints it: its rank, then the hit.
     *
     * @param rank from 1, best first
     * @param hit  the hit
     */
    record Ranked(int rank, @com.fasterxml.jackson.annotation.JsonUnwrapped MatchJson.Hit hit) {
    }

    static List<Ranked> toJson(List<Match> hits) {
        List<Ranked> out = new ArrayList<>();
        int rank = 1;
        for (Match m : hits) {
            out.add(new Ranked(rank++, MatchJson.of(m)));
        }
        return out;
    }
}
