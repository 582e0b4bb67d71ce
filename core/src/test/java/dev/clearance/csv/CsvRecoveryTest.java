package dev.clearance.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bad row is refused naming its line, and never costs a good row (issue 9, problems 2 and 4). */
class CsvRecoveryTest {

    /** Rows read and problems met, in file order. */
    private record Outcome(List<CsvTable.Row> rows, List<CsvException> problems) {
        List<String> names() {
            return rows.stream().map(r -> r.get("name")).toList();
        }
    }

    private static Outcome read(CsvTable table) throws IOException {
        List<CsvTable.Row> rows = new ArrayList<>();
        List<CsvException> problems = new ArrayList<>();
        try (table) {
            while (true) {
                try {
                    CsvTable.Row r = table.next();
                    if (r == null) {
                        break;
                    }
                    rows.add(r);
                } catch (CsvException e) {
                    problems.add(e);
                }
            }
        }
        return new Outcome(rows, problems);
    }

    private static Outcome read(String csv) throws IOException {
        return read(CsvTable.open("parties.csv", new StringReader(csv), List.of("id", "name")));
    }

    private static Outcome read(byte[] csv, Charset charset) throws IOException {
        return read(CsvTable.open("parties.csv", new ByteArrayInputStream(csv), charset, List.of("id", "name")));
    }

    @Test
    void anUnclosedQuoteIsReportedAtItsLineAndTheSdnPartyInTheNextRowIsStillRead() throws IOException {
        Outcome o = read("id,name,country\n1,\"Acme Trading,JP\n2,BANK MELLI IRAN,IR\n3,Good Co,DE\n");
        assertThat(o.names()).containsExactly("BANK MELLI IRAN", "Good Co");
        assertThat(o.rows().get(0).line()).isEqualTo(3);
        assertThat(o.problems()).singleElement().satisfies(e -> {
            assertThat(e.file()).isEqualTo("parties.csv");
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).startsWith("parties.csv:2: unclosed quote");
        });
    }

    @Test
    void anUnclosedQuoteBeforeALaterQuotedFieldDoesNotSwallowTheRowsBetween() throws IOException {
        // the old reader closed the quote at line 4's opening quote and read lines 2 to 4 as one row
        Outcome o = read("id,name,country,type,dob\n1,\"Acme\n2,BANK MELLI IRAN,IR\n3,\"Good, Co\",DE\n");
        assertThat(o.names()).containsExactly("BANK MELLI IRAN", "Good, Co");
        assertThat(o.problems()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void anUnclosedQuoteRunningToTheEndIsReportedAndTheLinesAfterItAreRows() throws IOException {
        // the rows after it are shorter than the header, so only the end of the input stops the quote
        Outcome o = read("id,name,country,type,dob\n1,\"Acme\n2,BANK MELLI IRAN\n3,Good Co\n");
        assertThat(o.names()).containsExactly("BANK MELLI IRAN", "Good Co");
        assertThat(o.problems()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("end of the input");
        });
    }

    @Test
    void aQuotedFieldMaySpanLinesThatAreNotRowsOfTheirOwn() throws IOException {
        Outcome o = read("id,name,country\n1,\"Acme\nTrading, Ltd\",JP\n2,\"Two\n\nlines\",DE\n");
        assertThat(o.problems()).isEmpty();
        assertThat(o.names()).containsExactly("Acme\nTrading, Ltd", "Two\n\nlines");
        assertThat(o.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void anInvalidUtf8ByteRefusesOnlyItsLineNamingIt() throws IOException {
        byte[] latin1 = "id,name\n1,Müller GmbH\n2,BANK MELLI IRAN\n".getBytes(StandardCharsets.ISO_8859_1);
        Outcome o = read(latin1, StandardCharsets.UTF_8);
        assertThat(o.names()).containsExactly("BANK MELLI IRAN");
        assertThat(o.problems()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("0xFC").contains("not valid UTF-8").doesNotContain("Input length");
        });
    }

    @Test
    void shiftJisCp949AndWindows1252AreReadInTheirCharset() throws IOException {
        String csv = "id,name\n1,東京電機株式会社\n2,삼성전자\n3,Société Générale – €\n";
        assertThat(read(("id,name\n1,東京電機株式会社\n").getBytes("Shift_JIS"), Charset.forName("Shift_JIS")).names())
                .containsExactly("東京電機株式会社");
        assertThat(read(("id,name\n2,삼성전자\n").getBytes("x-windows-949"), Charset.forName("x-windows-949")).names())
                .containsExactly("삼성전자");
        assertThat(read(("id,name\n2,삼성전자\n").getBytes("EUC-KR"), Charset.forName("EUC-KR")).names())
                .containsExactly("삼성전자");
        assertThat(read(("id,name\n3,Société Générale – €\n").getBytes("windows-1252"),
                Charset.forName("windows-1252")).names()).containsExactly("Société Générale – €");
        Outcome utf8 = read(("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(utf8.problems()).isEmpty();
        assertThat(utf8.names()).hasSize(3);
    }

    @Test
    void shiftJisReadAsUtf8IsRefusedLineByLineNeverMojibake() throws IOException {
        byte[] sjis = "id,name\n1,東京電機\n2,BANK MELLI IRAN\n".getBytes("Shift_JIS");
        Outcome o = read(sjis, StandardCharsets.UTF_8);
        assertThat(o.names()).containsExactly("BANK MELLI IRAN");
        assertThat(o.problems()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void aHugeLineIsRefusedWithoutHoldingItAndTheNextRowIsRead() throws IOException {
        String huge = "x".repeat(CsvReader.MAX_RECORD_CHARS + 10);
        Outcome o = read("id,name\n1," + huge + "\n2,BANK MELLI IRAN\n");
        assertThat(o.names()).containsExactly("BANK MELLI IRAN");
        assertThat(o.problems()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage().length()).isLessThan(300);
        });
    }

    @Test
    void aBadHeaderRefusesTheFile() {
        assertThatThrownBy(() -> read("id,\"name\n1,x\n")).isInstanceOf(CsvException.class)
                .hasMessageStartingWith("parties.csv:1:");
    }
}
