package dev.clearance.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.csv.CsvException;
import dev.clearance.determination.EndUse;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderReaderTest {

    private static List<Object> readAll(String csv) throws IOException {
        return readAll(csv, List.of());
    }

    private static List<Object> readAll(String csv, List<String> extra) throws IOException {
        List<Object> out = new ArrayList<>();
        try (OrderReader r = OrderReader.open("orders.csv", new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), java.nio.charset.StandardCharsets.UTF_8, extra)) {
            while (true) {
                try {
                    OrderLine l = r.next();
                    if (l == null) {
                        return out;
                    }
                    out.add(l);
                } catch (CsvException e) {
                    out.add(e);
                }
            }
        }
    }

    @Test
    void columnsInAnyOrderWithDeclaredExtrasKept() throws IOException {
        List<Object> rows = readAll("note,date,item,to,from,id,end_use,informed\n"
                + "\"a, b\",2019-07-10,3c002.A.2,kr,jp,o1,wmd,yes\n", List.of("NOTE"));
        OrderLine l = (OrderLine) rows.get(0);
        assertThat(l.id()).isEqualTo("o1");
        assertThat(l.fields()).first().isEqualTo("a, b");
        assertThat(l.request().item()).isEqualTo("3C002.a.2");
        assertThat(l.request().to()).isEqualTo("KR");
        assertThat(l.request().endUse()).isEqualTo(EndUse.WMD);
        assertThat(l.request().informed()).isTrue();
    }

    @Test
    void anUndeclaredColumnIsRefusedNamingIt() {
        assertThatThrownBy(() -> readAll("id,from,to,item,date,End_Usr\n1,JP,KR,3C002,2019-07-10,x\n"))
                .isInstanceOf(CsvException.class).hasMessageContaining("orders.csv:1: unknown column(s) End_Usr")
                .satisfies(e -> assertThat(((CsvException) e).column()).isEqualTo("End_Usr"));
        assertThatThrownBy(() -> OrderReader.open("orders.csv", new StringReader("id,from,to,item,date,x\n")))
                .isInstanceOf(CsvException.class).hasMessageContaining("unknown column(s) x");
    }

    @Test
    void badRowsNameTheirLineAndColumnAndTheRestStillRead() throws IOException {
        List<Object> rows = readAll("id,from,to,item,date\n"
                + "1,JP,KR,3C002,2019-07-10\n"
                + "2,JP,XX,3C002,2019-07-10\n"
                + "3,JP,KR,3C002,10/07/2019\n"
                + "4,JP,KR,,2019-07-10\n"
                + "5,JP,KR,NONE,2019-07-10\n");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).isInstanceOf(OrderLine.class);
        assertThat(((CsvException) rows.get(1)).getMessage()).isEqualTo(
                "orders.csv:3: column to: unknown ISO 3166-1 alpha-2 country code 'XX'");
        assertThat(((CsvException) rows.get(2)).line()).isEqualTo(4);
        assertThat(((CsvException) rows.get(3)).getMessage()).contains(":5: column item");
        assertThat(((OrderLine) rows.get(4)).request().item()).isNull();
    }

    @Test
    void aMissingRequiredColumnIsOneErrorNamingTheFile() {
        assertThatThrownBy(() -> readAll("id,from,to,date\n1,JP,KR,2019-01-01\n"))
                .isInstanceOf(CsvException.class).hasMessageContaining("orders.csv:1").hasMessageContaining("item");
    }
}
