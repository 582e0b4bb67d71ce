package dev.clearance.lists;

import static dev.clearance.lists.Fixtures.entry;
import static dev.clearance.lists.Fixtures.names;
import static dev.clearance.lists.Fixtures.problemAt;
import static dev.clearance.lists.Fixtures.schemes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.lists.ListEntry.Name.Kind;
import org.junit.jupiter.api.Test;

class TextLoadersTest {
    @Test
    void euJournalCsvKeepsRegulationAndAnnex() {
        LoadResult r = Fixtures.load(ListFormat.EU_JOURNAL_CSV, "eu-journal-csv/reg_833_2014.csv");

        assertThat(r.entries()).extracting(ListEntry::id).containsExactly("eu:32014R0833-IV-1", "eu:32014R0833-IV-501",
                "eu:32014R0833-XLII-1", "eu:32014R0269-I.PERSONS-114");
        problemAt(r, "reg_833_2014.csv", 4, "expected 45 fields, found 46");

        ListEntry sirius = entry(r, "eu:32014R0833-IV-1");
        assertThat(sirius.list()).isEqualTo("EU Regulation 833/2014 Annex IV");
        assertThat(sirius.programmes()).containsExactly("EU-RUS", "Regulation 833/2014 Annex IV");
        assertThat(sirius.primaryName()).isEqualTo("JSC Sirius");
        // The full Cyrillic name and its short form in brackets are two names.
        assertThat(names(sirius, Kind.ORIGINAL_SCRIPT)).containsExactly("Открытое Акционерное Общество «Концерн «Сириус»",
                "ОАО «Концерн «Сириус»");
        assertThat(names(sirius, Kind.ALIAS)).containsExactly("JSC Concern Sirius", "Kontsern Sirius");
        assertThat(sirius.countries()).containsExactly("RU");
        assertThat(schemes(sirius, IdSchemes.TAX)).containsExactly("7704730655");

        assertThat(entry(r, "eu:32014R0833-IV-501").countries()).containsExactly("AE");
        ListEntry vessel = entry(r, "eu:32014R0833-XLII-1");
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(schemes(vessel, IdSchemes.IMO)).containsExactly("9179842");

        ListEntry person = entry(r, "eu:32014R0269-I.PERSONS-114");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.birthDates()).containsExactly("1972-09-27");
        assertThat(person.countries()).containsExactly("RU");
        assertThat(names(person, Kind.ALIAS)).containsExactly("Sergei LEBEDEV");
        assertThat(names(person, Kind.ORIGINAL_SCRIPT)).containsExactly("Сергей ЛЕБЕДЕВ");
    }

    @Test
    void consolidatedScreeningListCsv() {
        LoadResult r = Fixtures.load(ListFormat.CSL_CSV, "csl-csv/consolidated.csv");

        assertThat(r.entries()).extracting(ListEntry::id).containsExactly("csl:306", "csl:c11f0e9a77", "csl:2686", "csl:15037");
        problemAt(r, "consolidated.csv", 5, "has no name");

        ListEntry bank = entry(r, "csl:306");
        assertThat(bank.list()).isEqualTo("Specially Designated Nationals (SDN) - Treasury Department");
        assertThat(names(bank, Kind.ALIAS)).containsExactly("NATIONAL BANK OF CUBA");
        assertThat(bank.countries()).containsExactly("CH", "ES");

        ListEntry beihang = entry(r, "csl:c11f0e9a77");
        assertThat(beihang.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(names(beihang, Kind.ALIAS)).containsExactly("Beijing University of Aeronautics and Astronautics", "BUAA");
        assertThat(beihang.countries()).containsExactly("CN");
        assertThat(beihang.remarks()).contains("Presumption of denial");

        ListEntry nasrallah = entry(r, "csl:2686");
        assertThat(nasrallah.type()).isEqualTo(EntityType.PERSON);
        assertThat(nasrallah.primaryName()).isEqualTo("Hasan NASRALLAH");
        assertThat(nasrallah.birthDates()).containsExactly("1960-08-31", "1953-08-31");
        assertThat(nasrallah.countries()).containsExactly("LB");
        assertThat(schemes(nasrallah, IdSchemes.PASSPORT)).containsExactly("042833");

        ListEntry vessel = entry(r, "csl:15037");
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(schemes(vessel, IdSchemes.IMO)).containsExactly("9187629");
        assertThat(vessel.countries()).containsExactly("MT");
    }

    @Test
    void consolidatedScreeningListJsonAndBisExtract() {
        LoadResult r = Fixtures.load(ListFormat.CSL_JSON, "csl-json/consolidated.json", "csl-json/bis_entity_list.json");

        problemAt(r, "consolidated.json", 35, "result 3 (nameless) has no name");
        problemAt(r, "bis_entity_list.json", 6, "entry 3 has no name");
        assertThat(r.problems()).hasSize(2);

        ListEntry beihang = entry(r, "csl:c11f0e9a77");
        assertThat(beihang.countries()).containsExactly("CN");
        assertThat(names(beihang, Kind.ALIAS)).contains("BUAA");

        ListEntry nasrallah = entry(r, "csl:2686");
        assertThat(nasrallah.primaryName()).isEqualTo("Hasan NASRALLAH");
        assertThat(nasrallah.birthDates()).containsExactly("1960-08-31", "1953");
        assertThat(nasrallah.programmes()).containsExactly("SDGT", "SYRIA");
        assertThat(schemes(nasrallah, IdSchemes.PASSPORT)).containsExactly("042833");

        ListEntry afeu = entry(r, "csl:bis-el-air-force-engineering-university");
        assertThat(afeu.list()).isEqualTo("BIS Entity List");
        assertThat(names(afeu, Kind.ALIAS)).containsExactly("China People's Liberation Army Air Force Engineering University", "AFEU");
        assertThat(afeu.countries()).containsExactly("CN");
        assertThat(names(entry(r, "csl:bis-el-academy-of-military-medical-sciences"), Kind.ALIAS)).containsExactly("AMMS");
    }

    @Test
    void ukConListGroupsRowsByGroupId() {
        LoadResult r = Fixtures.load(ListFormat.UK_CSV, "uk-csv/conlist.csv");

        assertThat(r.entries()).extracting(ListEntry::id).containsExactly("uk:14871", "uk:14190", "uk:15001");
        problemAt(r, "conlist.csv", 5, "no Group ID");

        ListEntry putin = entry(r, "uk:14871");
        assertThat(putin.type()).isEqualTo(EntityType.PERSON);
        assertThat(putin.primaryName()).isEqualTo("Vladimir Vladimirovich PUTIN");
        assertThat(names(putin, Kind.ORIGINAL_SCRIPT)).containsExactly("Владимир Владимирович ПУТИН");
        assertThat(names(putin, Kind.WEAK_ALIAS)).containsExactly("Vladimir PUTIN");
        assertThat(putin.birthDates()).containsExactly("1952-10-07", "1952");
        assertThat(putin.countries()).containsExactly("RU");
        assertThat(putin.programmes()).containsExactly("Russia");

        ListEntry scf = entry(r, "uk:14190");
        assertThat(scf.primaryName()).isEqualTo("SOVCOMFLOT");
        assertThat(names(scf, Kind.ALIAS)).containsExactly("SCF");
        assertThat(names(scf, Kind.ORIGINAL_SCRIPT)).containsExactly("ПАО Совкомфлот");

        ListEntry ship = entry(r, "uk:15001");
        assertThat(ship.type()).isEqualTo(EntityType.VESSEL);
        assertThat(schemes(ship, IdSchemes.IMO)).containsExactly("9299147");
    }

    @Test
    void metiTextSplitsGluedEntriesAndKeepsJapaneseNames() {
        LoadResult r = Fixtures.load(ListFormat.METI_TXT, "meti-txt/russia_tokutei.txt");

        assertThat(r.entries()).extracting(ListEntry::id).containsExactly("meti:russia-1", "meti:russia-2", "meti:russia-3",
                "meti:russia-5", "meti:russia-6");
        problemAt(r, "russia_tokutei.txt", 18, "entry 4 is missing");

        ListEntry admiralty = entry(r, "meti:russia-1");
        assertThat(admiralty.list()).isEqualTo("METI specific organisations (Russia)");
        assertThat(admiralty.primaryName()).isEqualTo("Admiralty Shipyard JSC");
        assertThat(names(admiralty, Kind.ORIGINAL_SCRIPT)).containsExactly("株式会社アドミラルティ造船所");
        assertThat(admiralty.countries()).containsExactly("RU");
        assertThat(admiralty.programmes()).containsExactly("令和四年外務省告示第八十二号");

        ListEntry fsb = entry(r, "meti:russia-2");
        assertThat(fsb.primaryName()).isEqualTo("Federal Security Service (FSB)");
        // The acronym in brackets is a weak alias of its own, the name without it an alias.
        assertThat(names(fsb, Kind.ALIAS)).containsExactly("Federal Security Service", "Federalnaya Sluzhba Bezopasnosti");
        assertThat(names(fsb, Kind.WEAK_ALIAS)).containsExactly("FSB");
        assertThat(fsb.remarks()).contains("Lubyanskaya Ploschad").doesNotContain("量子");

        ListEntry quantum = entry(r, "meti:russia-3");
        assertThat(quantum.primaryName()).isEqualTo("International Center for Quantum Optics and Quantum Technologies LLS");
        assertThat(names(quantum, Kind.ALIAS)).containsExactly("Russian Quantum Center", "RQC");
        assertThat(names(quantum, Kind.ORIGINAL_SCRIPT)).containsExactly("国際量子光学・量子技術センター", "ロシア量子センター");

        // A Japanese alias ending a line of the 別称 block keeps its Latin words: "有限会社 AMG", not "有限会社".
        ListEntry amg = entry(r, "meti:russia-6");
        assertThat(names(amg, Kind.ORIGINAL_SCRIPT)).contains("有限会社 AMG").doesNotContain("有限会社");
        assertThat(names(amg, Kind.ALIAS)).containsExactly("LLC Company AMG", "Kompaniya AMG");
    }

    @Test
    void followTheMoneyJsonLines() {
        LoadResult r = Fixtures.load(ListFormat.FTM_JSON, "ftm-json/entities.jsonl");

        assertThat(r.entries()).extracting(ListEntry::id)
                .containsExactly("ftm:NK-2GdmHtZTeNXjNVrBGEXZNj", "ftm:NK-2Ka3UvopqbpZmVDFjWd4LA", "ftm:NK-vessel");
        problemAt(r, "entities.jsonl", 4, "malformed JSON");
        assertThat(r.problems()).hasSize(1);

        ListEntry person = entry(r, "ftm:NK-2Ka3UvopqbpZmVDFjWd4LA");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.list()).isEqualTo("FollowTheMoney: eu_fsf");
        assertThat(person.primaryName()).isEqualTo("Vitaly Yurievich KUZMENKO");
        assertThat(names(person, Kind.ORIGINAL_SCRIPT)).containsExactly("Виталий Юрьевич КУЗЬМЕНКО");
        assertThat(person.birthDates()).containsExactly("1971-01-22");
        assertThat(person.countries()).containsExactly("RU");
        assertThat(schemes(person, IdSchemes.TAX)).containsExactly("366510784303");

        ListEntry org = entry(r, "ftm:NK-2GdmHtZTeNXjNVrBGEXZNj");
        assertThat(org.countries()).containsExactly("BY");
        assertThat(schemes(org, IdSchemes.REGISTRATION)).containsExactly("808000714");

        ListEntry vessel = entry(r, "ftm:NK-vessel");
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(schemes(vessel, IdSchemes.IMO)).containsExactly("9187629");
        assertThat(vessel.countries()).containsExactly("MT");
    }
}
