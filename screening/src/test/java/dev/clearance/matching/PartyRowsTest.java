package dev.clearance.matching;

import dev.clearance.matching.normalise.Query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.input.BadRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One parse and one validation of a party, whichever way it comes in (issue 9 problem 9, issue 12 item 5). */
class PartyRowsTest {
    private final Screener screener = Screener.of(Entries.sample());

    @Test
    void theListedPartyAfterAnUnclosedQuoteIsScreened() throws IOException {
        StringWriter out = new StringWriter();
        BatchScreening.Report r = BatchScreening.run(screener, "parties.csv",
                new StringReader("id,name,country\n1,\"Acme Trading,JP\n2,Vladimir Vladimirovich Putin,RU\n"), out,
                Screener.DEFAULT_THRESHOLD, 5, null);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).startsWith("unclosed quote");
        });
        assertThat(out.toString()).contains("2,1,test:putin,");
    }

    @Test
    void aRowWithBytesNotValidInItsEncodingIsRefusedAndTheNextOneScreened() throws IOException {
        byte[] bytes = "id,name\n1,Müller\n2,Vladimir Vladimirovich Putin\n".getBytes(StandardCharsets.ISO_8859_1);
        StringWriter out = new StringWriter();
        BatchScreening.Report r = BatchScreening.run(screener, PartyRows.open("parties.csv",
                new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), out, Screener.DEFAULT_THRESHOLD, 5, null);
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.toString())
                .startsWith("parties.csv:2: bytes 0xFC"));
        assertThat(out.toString()).contains("2,1,test:putin,");
        BatchScreening.Report latin1 = BatchScreening.run(screener, PartyRows.open("parties.csv",
                new ByteArrayInputStream(bytes), Charset.forName("windows-1252")), new StringWriter(),
                Screener.DEFAULT_THRESHOLD, 5, null);
        assertThat(latin1.problems()).isEmpty();
    }

    @Test
    void aCsvRowAndACallerGetTheSameValidationNamingTheirOwnField() throws IOException {
        var table = PartyRows.open("p.csv", new StringReader("id,name,country,type\nk1,Acme,ZZ,person\n"));
        PartyRows.Row row = PartyRows.next(table);
        assertThat(row).isInstanceOf(PartyRows.Refused.class);
        assertThat(((PartyRows.Refused) row).problem().getMessage())
                .isEqualTo("p.csv:2: column country: not an ISO 3166-1 country code or country name: 'ZZ'");
        assertThatThrownBy(() -> PartyInput.query(PartyInput.Fields.JSON, "k1", "Acme", "ZZ", "person", null, null))
                .isInstanceOf(BadRequestException.class)
                .hasMessage("country: not an ISO 3166-1 country code or country name: 'ZZ'");
    }

    @Test
    void mojibakeFieldsAndOversizedFieldsAreRefused() {
        assertThatThrownBy(() -> PartyInput.name("name", "M\uFFFDller")).hasMessageContaining("U+FFFD");
        assertThatThrownBy(() -> PartyInput.query(PartyInput.Fields.JSON, "k".repeat(5000), "Acme", null, null, null,
                List.of())).isInstanceOf(BadRequestException.class).hasMessageStartingWith("partyKey: longer than 4096")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
        assertThat(PartyInput.query(PartyInput.Fields.JSON, null, " Acme ", "Russia", "unknown", "1970", null))
                .isEqualTo(new Query(null, "Acme", "Russia", null, "1970", List.of()));
    }

    @Test
    void aWellFormedButImpossibleDateOfBirthIsRefusedNamingItsField() {
        for (String bad : List.of("1990-13", "1990-00", "2001-02-29", "1984-04-31")) {
            assertThatThrownBy(() -> PartyInput.dob("dob", bad))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> {
                        assertThat(e.field()).isEqualTo("dob");
                        assertThat(e.reason()).contains(bad).contains("not a date in the calendar");
                    });
        }
        for (String good : List.of("1990", "1990-12", "2000-02-29", "1984-04-30")) {
            assertThat(PartyInput.dob("dob", good)).isEqualTo(good);
        }
    }
}
