package dev.clearance.evaluation;

import dev.clearance.csv.CsvTable;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import dev.clearance.lists.ListSource;
import dev.clearance.lists.LoadResult;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the shared list snapshots with the project's loaders (and two name-only CSV extracts directly). */
public final class ListCatalogue {
    /** Loader specs relative to the lists folder: {@code format:file[,file]}. */
    static final List<String> SOURCES = List.of(
            "ofac-csv:ofac_sdn_2024-07-02.csv",
            "ofac-csv:ofac_2022-01-31_sdn.csv,ofac_2022-01-31_alt.csv,ofac_2022-01-31_add.csv",
            "ofac-xml:ofac_consolidated_nonsdn_2018-04-06.xml",
            "un-xml:un_consolidated_2025-11-20.xml",
            "eu-journal-csv:eu_reg_833_2014_consolidated.csv",
            "eu-journal-csv:eu_reg_269_2014_consolidated.csv",
            "meti-txt:jp_meti_russia_tokutei_2025-09-12.txt",
            "meti-txt:jp_meti_third_country_tokutei_2025-09-12.txt",
            "meti-txt:jp_meti_belarus_tokutei.txt",
            "csl-json:bis_entity_list_china_universities_2026-03-30.json",
            "ftm-json:opensanctions_ftm_sample_eu_fsf.jsonl");

    private ListCatalogue() {
    }

    /** The UN consolidated list. */
    public static List<ListEntry> un(Path lists) {
        return load(lists, "un-xml:un_consolidated_2025-11-20.xml");
    }

    /** Every list snapshot in the folder. */
    public static List<ListEntry> all(Path lists) throws IOException {
        List<ListEntry> out = new ArrayList<>();
        for (String spec : SOURCES) {
            out.addAll(load(lists, spec));
        }
        out.addAll(nameCsv(lists.resolve("us_dod_1260h_chinese_military_companies.csv"), "dod1260h",
                List.of("Clean Name", "Name", "Alias", "Previous Name")));
        out.addAll(nameCsv(lists.resolve("cn_countermeasure_sanctions.csv"), "cncounter",
                List.of("Name", "Alias", "Chinese name")));
        return out;
    }

    private static List<ListEntry> load(Path lists, String spec) {
        int colon = spec.indexOf(':');
        StringBuilder resolved = new StringBuilder(spec.substring(0, colon + 1));
        for (String f : spec.substring(colon + 1).split(",")) {
            resolved.append(resolved.length() > colon + 1 ? "," : "").append(lists.resolve(f));
        }
        LoadResult r = ListSource.parse(resolved.toString()).load();
        return r.entries();
    }

    /** A headed CSV whose name columns are all that is needed: one entry per row. */
    static List<ListEntry> nameCsv(Path file, String source, List<String> columns) throws IOException {
        List<ListEntry> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CsvTable t = CsvTable.open(file.getFileName().toString(), r, List.of(columns.get(0)))) {
            for (CsvTable.Row row = t.next(); row != null; row = t.next()) {
                List<ListEntry.Name> names = new ArrayList<>();
                for (String c : columns) {
                    for (String v : row.get(c).split(";")) {
                        if (!v.isBlank() && names.stream().noneMatch(n -> n.value().equals(v.trim()))) {
                            names.add(new ListEntry.Name(v.trim(), names.isEmpty()
                                    ? ListEntry.Name.Kind.PRIMARY : ListEntry.Name.Kind.ALIAS));
                        }
                    }
                }
                EntityType type = EntityType.parse(row.get("Type"));
                if (!names.isEmpty()) {
                    out.add(new ListEntry(source, Long.toString(row.line()), source, type == null
                            ? EntityType.ORGANIZATION : type, names, List.of(), List.of(), List.of(), List.of(), ""));
                }
            }
        }
        return out;
    }
}
