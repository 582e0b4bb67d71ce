package dev.clearance.lists;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The published list formats the loaders read, by their command-line names. */
public enum ListFormat {
    /** OFAC legacy CSV: SDN.CSV (or CONS_PRIM.CSV), optionally with ALT.CSV and ADD.CSV. */
    OFAC_CSV("ofac-csv"),
    /** OFAC XML, {@code sdnList} schema (sdn.xml, consolidated.xml). */
    OFAC_XML("ofac-xml"),
    /** UN Security Council Consolidated List XML. */
    UN_XML("un-xml"),
    /** EU Financial Sanctions Files XML ({@code export} / {@code sanctionEntity}). */
    EU_XML("eu-xml"),
    /** CSV extracts of EU regulations' annexes (e.g. 833/2014 Annex IV, 269/2014 Annex I). */
    EU_JOURNAL_CSV("eu-journal-csv"),
    /** US Consolidated Screening List CSV (trade.gov). */
    CSL_CSV("csl-csv"),
    /** US Consolidated Screening List JSON (trade.gov), or a BIS Entity List extract of name and raw text. */
    CSL_JSON("csl-json"),
    /** UK sanctions list CSV (OFSI ConList): one row per name, grouped by Group ID. */
    UK_CSV("uk-csv"),
    /** Japan METI export-ban end-user lists as text extracted from the PDFs. */
    METI_TXT("meti-txt"),
    /** FollowTheMoney entities as JSON lines (OpenSanctions exports). */
    FTM_JSON("ftm-json"),
    /** Any headed CSV with a {@link ColumnMapping} saying which columns hold the name, aliases, id, type ... */
    CSV("csv");

    private final String cliName;

    ListFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line and in list source specs, e.g. {@code ofac-csv}. */
    public String cliName() {
        return cliName;
    }

    /**
     * The format with this command-line name (case-insensitive; the constant's name also works).
     *
     * @throws IllegalArgumentException naming the valid formats when there is none
     */
    public static ListFormat fromName(String name) {
        if (name != null) {
            String n = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (ListFormat f : values()) {
                if (f.cliName.equals(n)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException("unknown list format '" + name + "': expected one of " + names());
    }

    /** The valid command-line names, comma-separated. */
    public static String names() {
        return Arrays.stream(values()).map(ListFormat::cliName).collect(Collectors.joining(", "));
    }

    /**
     * Loads list files of this format. For {@code ofac-csv} the files are one list (primary file first,
     * then ALT and ADD files, recognised by their column count); for the other formats each file is loaded
     * in turn and the entries are concatenated. Never throws for bad input: unreadable files and malformed
     * records become {@link LoadProblem}s.
     */
    public LoadResult load(List<Path> paths) {
        Objects.requireNonNull(paths, "paths");
        LoadContext ctx = new LoadContext();
        if (paths.isEmpty()) {
            ctx.problem(cliName, 0, "no file given");
            return ctx.result();
        }
        if (this == CSV) {
            ctx.problem(cliName, 0, "the csv format needs a column mapping (--map name=COLUMN,... or a mapping file)");
            return ctx.result();
        }
        if (this == OFAC_CSV) {
            OfacCsvLoader.load(paths, ctx);
            return ctx.result();
        }
        for (Path p : paths) {
            ctx.readFile(p, in -> read(in, ctx));
        }
        return ctx.result();
    }

    /** Loads generic CSV list files with their column mapping (see {@link ColumnMapping}). */
    public static LoadResult loadCsv(List<Path> paths, ColumnMapping mapping) {
        Objects.requireNonNull(mapping, "mapping");
        LoadContext ctx = new LoadContext();
        for (Path p : paths) {
            ctx.readFile(p, in -> GenericCsvLoader.load(in, mapping, ctx));
        }
        return ctx.result();
    }

    /** Loads one list file of this format. */
    public LoadResult load(Path path) {
        return load(List.of(path));
    }

    private void read(LoadContext.Input in, LoadContext ctx) throws Exception {
        switch (this) {
            case OFAC_XML -> OfacXmlLoader.load(in, ctx);
            case UN_XML -> UnXmlLoader.load(in, ctx);
            case EU_XML -> EuFsfXmlLoader.load(in, ctx);
            case EU_JOURNAL_CSV -> EuJournalCsvLoader.load(in, ctx);
            case CSL_CSV -> CslCsvLoader.load(in, ctx);
            case CSL_JSON -> CslJsonLoader.load(in, ctx);
            case UK_CSV -> UkCsvLoader.load(in, ctx);
            case METI_TXT -> MetiTextLoader.load(in, ctx);
            case FTM_JSON -> FtmJsonLoader.load(in, ctx);
            default -> throw new IllegalStateException("no single-file loader for " + cliName);
        }
    }
}
