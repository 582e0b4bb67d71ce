package dev.clearance.lists;

import static dev.clearance.lists.Fixtures.entry;
import static dev.clearance.lists.Fixtures.names;
import static dev.clearance.lists.Fixtures.problemAt;
import static dev.clearance.lists.Fixtures.schemes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.lists.ListEntry.Name.Kind;
import org.junit.jupiter.api.Test;

class OfacLoadersTest {
    @Test
    void legacyCsvTripleJoinsAliasesAndAddressesAndReportsBadRows() {
        LoadResult r = Fixtures.load(ListFormat.OFAC_CSV, "ofac-csv/add.csv", "ofac-csv/sdn.csv", "ofac-csv/alt.csv");

        assertThat(r.entries()).extracting(ListEntry::id)
                .containsExactly("ofac:306", "ofac:2686", "ofac:15037", "ofac:15432", "ofac:7831");
        problemAt(r, "sdn.csv", 3, "ent_num 'NOTANUMBER' is not a number");
        problemAt(r, "alt.csv", 3, "ent_num 99999 is not in the primary file");
        problemAt(r, "add.csv", 4, "expected 6 fields");
        assertThat(r.problems()).hasSize(3);
        assertThat(r.checksum()).hasSize(64);

        ListEntry bank = entry(r, "ofac:306");
        assertThat(bank.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(bank.list()).isEqualTo("OFAC SDN");
        assertThat(bank.primaryName()).isEqualTo("BANCO NACIONAL DE CUBA");
        assertThat(names(bank, Kind.ALIAS)).containsExactly("NATIONAL BANK OF CUBA");
        assertThat(names(bank, Kind.WEAK_ALIAS)).containsExactly("BNC");
        assertThat(bank.countries()).containsExactly("CH", "ES");
        assertThat(bank.programmes()).containsExactly("CUBA");

        ListEntry nasrallah = entry(r, "ofac:2686");
        assertThat(nasrallah.type()).isEqualTo(EntityType.PERSON);
        assertThat(nasrallah.primaryName()).isEqualTo("Hasan NASRALLAH");
        assertThat(names(nasrallah, Kind.ALIAS)).containsExactly("Hassan NASRALLAH");
        assertThat(nasrallah.birthDates()).containsExactly("1960-08-31", "1953-08-31");
        assertThat(nasrallah.countries()).containsExactly("LB");
        assertThat(schemes(nasrallah, IdSchemes.PASSPORT)).containsExactly("042833");
        assertThat(nasrallah.programmes()).containsExactly("SDGT", "SYRIA");
        assertThat(nasrallah.remarks()).contains("Secretary General of Hizballah");

        ListEntry vessel = entry(r, "ofac:15037");
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(schemes(vessel, IdSchemes.IMO)).containsExactly("9187629");
        assertThat(schemes(vessel, IdSchemes.MMSI)).containsExactly("215123000");
        assertThat(schemes(vessel, IdSchemes.CALL_SIGN)).containsExactly("9HDQ9");
        assertThat(vessel.countries()).containsExactly("MT");
        assertThat(names(vessel, Kind.ALIAS)).containsExactly("SUN DIAL");

        ListEntry aircraft = entry(r, "ofac:15432");
        assertThat(aircraft.type()).isEqualTo(EntityType.AIRCRAFT);
        assertThat(schemes(aircraft, IdSchemes.MSN)).containsExactly("1013409297");
        assertThat(schemes(aircraft, IdSchemes.TAIL_NUMBER)).containsExactly("EP-GOL");

        ListEntry dumont = entry(r, "ofac:7831");
        assertThat(dumont.birthDates()).containsExactly("1971-01-21", "1975", "1980", "1981", "1982");
        assertThat(dumont.countries()).containsExactly("KP");
    }

    @Test
    void aliasFileWithoutPrimaryIsAProblemNotACrash() {
        LoadResult r = Fixtures.load(ListFormat.OFAC_CSV, "ofac-csv/alt.csv");
        assertThat(r.entries()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("needs its primary file"));
    }

    @Test
    void xmlEntriesWithAliasesIdsAndVesselInfo() {
        LoadResult r = Fixtures.load(ListFormat.OFAC_XML, "ofac-xml/sdn.xml");

        assertThat(r.entries()).extracting(ListEntry::id).containsExactly("ofac:9640", "ofac:15037");
        problemAt(r, "sdn.xml", 25, "sdnEntry without uid");

        ListEntry person = entry(r, "ofac:9640");
        assertThat(person.type()).isEqualTo(EntityType.PERSON);
        assertThat(person.primaryName()).isEqualTo("Mohammed ABU TEIR");
        assertThat(names(person, Kind.ALIAS)).containsExactly("Mohammed Mahmud ABU TAIR");
        assertThat(names(person, Kind.WEAK_ALIAS)).containsExactly("ABU MUSAB");
        assertThat(person.countries()).containsExactly("JO", "PS");
        assertThat(person.birthDates()).containsExactly("1951");
        assertThat(person.identifiers()).containsExactly(new ListEntry.Identifier(IdSchemes.PASSPORT, "K1234567"));

        ListEntry vessel = entry(r, "ofac:15037");
        assertThat(vessel.type()).isEqualTo(EntityType.VESSEL);
        assertThat(schemes(vessel, IdSchemes.IMO)).containsExactly("9187629");
        assertThat(vessel.countries()).containsExactly("MT", "TZ");
    }
}
