package dev.clearance.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clearance.csv.CsvException;
import dev.clearance.determination.ExportRequest;
import dev.clearance.input.BadRequestException;
import dev.clearance.input.BadRequestException.Kind;
import dev.clearance.orders.OrderLine;
import dev.clearance.orders.OrderReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same bad export requests through every way in: the CLI's options and the API's JSON body (through the one
 * parser with their field names) and an order book (through {@link OrderReader}). Each is refused the same way,
 * naming the field as that way in calls it. Where the three copies of the parser disagreed (NONE and EAR99, the
 * currency's case and code, a currency without a value, a value without a currency), the strictest rule holds.
 */
class ExportRequestFormTest {
    private static final Map<String, String> GOOD = Map.of("from", "US", "to", "SG", "item", "3C002.a.1",
            "date", "2026-09-01");

    /** A bad field, the kind of refusal, and the field's name on the CLI, in JSON and in an order book. */
    static Stream<Arguments> refusals() {
        return Stream.of(
                bad("currency", "US1", "value", "2000", Kind.INVALID, "value", "currency", "currency", "ISO 4217"),
                bad("currency", "XYZ", "value", "2000", Kind.INVALID, "value", "currency", "currency", "ISO 4217"),
                bad("currency", "USD", "value", "", Kind.MISSING, "value", "value", "value", "a currency is given"),
                bad("value", "2000", "currency", "", Kind.MISSING, "value", "currency", "currency", "ISO 4217"),
                bad("value", "1,5", "currency", "EUR", Kind.INVALID, "value", "value", "value", "not a number"),
                bad("value", "-3", "currency", "EUR", Kind.INVALID, "value", "value", "value", "negative"),
                bad("item", "3C0O2", "cas", "", Kind.INVALID, "item", "item", "item", "NONE"),
                bad("item", "", "cas", "", Kind.MISSING, "item", "item", "item", "required"),
                bad("end_use", "piracy", "cas", "", Kind.INVALID, "end-use", "endUse", "end_use", "expected civil"),
                bad("date", "10/07/2019", "cas", "", Kind.INVALID, "date", "date", "date", "YYYY-MM-DD"),
                bad("to", "XX", "cas", "", Kind.UNKNOWN, "to", "to", "to", "ISO 3166-1"),
                bad("headquarters", "SG,XX", "cas", "", Kind.UNKNOWN, "headquarters", "headquarters", "headquarters",
                        "ISO 3166-1"),
                bad("from", "JPN", "cas", "", Kind.INVALID, "from", "from", "from", "exporting jurisdiction"));
    }

    private static Arguments bad(String column, String text, String other, String otherText, Kind kind, String cli,
                                 String json, String csv, String says) {
        Map<String, String> row = new LinkedHashMap<>(GOOD);
        row.put(column, text);
        row.put(other, otherText);
        return Arguments.of(row, kind, cli, json, csv, says);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void everyWayInRefusesTheSameWayNamingItsOwnField(Map<String, String> row, Kind kind, String cli, String json,
                                                      String csv, String says) throws IOException {
        BadRequestException onCli = refusal(row, RequestFields.CLI);
        BadRequestException inJson = refusal(row, RequestFields.JSON);
        assertThat(onCli.kind()).isEqualTo(kind);
        assertThat(onCli.field()).isEqualTo(cli);
        assertThat(inJson.kind()).isEqualTo(kind);
        assertThat(inJson.field()).isEqualTo(json);
        assertThat(onCli.reason()).isEqualTo(inJson.reason()).contains(says);
        Object line = orderBookLine(row);
        assertThat(line).isInstanceOf(CsvException.class);
        assertThat(((CsvException) line).getMessage()).isEqualTo("orders.csv:2: column " + csv + ": "
                + inJson.reason());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("accepted")
    void everyWayInTakesTheSameGoodRequest(Map<String, String> row, String item, String currency) throws IOException {
        for (RequestFields names : new RequestFields[] {RequestFields.CLI, RequestFields.JSON}) {
            ExportRequest r = form(row).parse(names);
            assertThat(r.item()).isEqualTo(item);
            assertThat(r.currency()).isEqualTo(currency);
        }
        OrderLine line = (OrderLine) orderBookLine(row);
        assertThat(line.request()).isEqualTo(form(row).parse(RequestFields.JSON));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                good(Map.of("item", "none"), null, null),
                good(Map.of("item", "ear99"), "EAR99", null),
                good(Map.of("item", "3c002.A.1"), "3C002.a.1", null),
                good(Map.of("value", "2,000.50", "currency", "usd"), "3C002.a.1", "USD"),
                good(Map.of("value", "2000", "currency", "EUR"), "3C002.a.1", "EUR"));
    }

    private static Arguments good(Map<String, String> changes, String item, String currency) {
        Map<String, String> row = new LinkedHashMap<>(GOOD);
        row.putAll(changes);
        return Arguments.of(row, item, currency);
    }

    @Test
    void headquartersAreCountriesInCapitalsOrNullWhenNotGiven() throws IOException {
        Map<String, String> row = new LinkedHashMap<>(GOOD);
        row.put("headquarters", "sg, CN");
        for (RequestFields names : new RequestFields[] {RequestFields.CLI, RequestFields.JSON}) {
            assertThat(form(row).parse(names).headquarters()).containsExactly("SG", "CN");
        }
        assertThat(((OrderLine) orderBookLine(row)).request().headquarters()).containsExactly("SG", "CN");
        assertThat(form(GOOD).parse(RequestFields.JSON).headquarters()).isNull();
    }

    @Test
    void theValueIsKeptWithItsCurrencyInCapitals() {
        ExportRequest r = form(Map.of("from", "US", "to", "SG", "item", "3C002", "date", "2026-09-01",
                "value", "2000", "currency", "usd")).parse(RequestFields.JSON);
        assertThat(r.value()).isEqualByComparingTo(new BigDecimal("2000"));
        assertThat(r.currency()).isEqualTo("USD");
    }

    private static BadRequestException refusal(Map<String, String> row, RequestFields names) {
        BadRequestException e = catchThrowableOfType(BadRequestException.class, () -> form(row).parse(names));
        assertThat(e).as("refused through " + names).isNotNull();
        return e;
    }

    private static ExportRequestForm form(Map<String, String> row) {
        return new ExportRequestForm(row.get("from"), row.get("to"), row.get("item"), row.get("cas"), row.get("hs"),
                row.get("date"), row.get("end_use"), row.get("informed"), row.get("value"), row.get("currency"),
                row.get("region"), row.get("headquarters"));
    }

    private static Object orderBookLine(Map<String, String> row) throws IOException {
        String header = "id," + String.join(",", row.keySet());
        String line = "o1," + String.join(",", row.values().stream().map(v -> "\"" + v + "\"").toList());
        try (OrderReader r = OrderReader.open("orders.csv", new StringReader(header + "\n" + line + "\n"))) {
            return r.next();
        } catch (CsvException e) {
            return e;
        }
    }
}
