package dev.clearance.evaluation;

import dev.clearance.lists.ColumnMapping;
import dev.clearance.lists.ListEntry;
import dev.clearance.lists.ListSource;
import dev.clearance.lists.LoadResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the shared list snapshots with the project's loaders (the two CSV extracts through the generic csv format). */
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

    /** Lists without a published format of their own, read by the generic csv format: file and column mapping. */
    static final List<String[]> CSV_SOURCES = List.of(
            new String[] {"us_dod_1260h_chinese_military_companies.csv",
                "name=Clean Name,alias=Name|Alias|Previous Name,default-type=organization,source=dod1260h,list=US DoD 1260H"},
            new String[] {"cn_countermeasure_sanctions.csv",
                "name=Name,alias=Alias|Chinese name,type=Type,country=Country,source=cncounter,list=China countermeasures"});

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
        for (String[] csv : CSV_SOURCES) {
            if (Files.exists(lists.resolve(csv[0]))) {
                out.addAll(ListSource.parse("csv:" + lists.resolve(csv[0])).withMapping(ColumnMapping.parse(csv[1]))
                        .load().entries());
            }
        }
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
}
