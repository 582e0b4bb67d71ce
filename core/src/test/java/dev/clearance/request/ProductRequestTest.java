package dev.clearance.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.csv.CsvException;
import dev.clearance.determination.Determination;
import dev.clearance.determination.DeterminationEngine;
import dev.clearance.determination.TraceStep;
import dev.clearance.input.BadRequestException;
import dev.clearance.orders.OrderLine;
import dev.clearance.orders.OrderReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A request naming a product: the approved entry in force on the day is the item, and the trace cites the record. */
class ProductRequestTest {
    /** P-1 approved as 3C002.a.2 for JP from 2026-01-01; P-2 known but approved for no regime. */
    private static final ProductItems MASTER = (product, from, day, field) -> {
        if (!Map.of("P-1", 1, "P-2", 2).containsKey(product)) {
            throw new BadRequestException(BadRequestException.Kind.UNKNOWN, field, "no product " + product);
        }
        if (product.equals("P-1") && from.equals("JP") && !day.isBefore(LocalDate.of(2026, 1, 1))) {
            return new ProductItem(product, "3C002.a.2", new TraceStep("product " + product,
                    "classification 7 (approved by bob): 3C002.a.2", "product master, classification 7"));
        }
        throw new BadRequestException(BadRequestException.Kind.NOT_COVERED, field, "CHECK: " + product
                + " has no approved classification for " + from + " in force on " + day);
    };

    private static ExportRequestForm form(String item, String date) {
        return new ExportRequestForm("JP", "CN", item, null, null, date, null, null, null, null, null);
    }

    @Test
    void theApprovedEntryIsTheItemAndTheTraceCitesTheRecordFirst() {
        ProductRequest r = ProductRequest.parse(form(null, "2026-05-01"), "P-1", RequestFields.JSON, "product", MASTER);
        assertThat(r.request().item()).isEqualTo("3C002.a.2");
        Determination d = r.cite(DeterminationEngine.bundled().determine(r.request()));
        assertThat(d.trace().get(0).rule()).isEqualTo("product P-1");
        Determination plain = DeterminationEngine.bundled().determine(r.request());
        assertThat(d.trace()).hasSize(plain.trace().size() + 1);
        assertThat(d.sameAnswer(plain)).isTrue();
    }

    @Test
    void aClassificationOfAnEarlierVersionLowersTheAnswerToCheckWithAStepSayingSo() {
        TraceStep changed = new TraceStep("product P-1 changed since classified", "CHECK: approved on version 1",
                "product master");
        ProductItems stale = (product, from, day, field) -> new ProductItem(product, "3C002.a.2", new TraceStep(
                "product " + product, "classification 7: 3C002.a.2", "product master, classification 7"), changed);
        ProductRequest r = ProductRequest.parse(new ExportRequestForm("JP", "US", null, null, null, "2026-05-01", null,
                null, null, null, null), "P-1", RequestFields.JSON, "product", stale);
        Determination plain = DeterminationEngine.bundled().determine(r.request());
        assertThat(plain.confidence()).as("the entry's own answer").isEqualTo(dev.clearance.determination.Confidence.CONFIRMED);
        Determination d = r.cite(plain);
        assertThat(d.confidence()).isEqualTo(dev.clearance.determination.Confidence.CHECK);
        assertThat(d.trace().get(1)).isEqualTo(changed);
        assertThat(d.licenceRequired()).isEqualTo(plain.licenceRequired());
        assertThat(r.withRequest(r.request()).cite(plain).confidence())
                .isEqualTo(dev.clearance.determination.Confidence.CHECK);
    }

    @Test
    void noApprovedClassificationOnTheDayIsRefusedNamingTheProduct() {
        assertThatThrownBy(() -> ProductRequest.parse(form(null, "2025-05-01"), "P-1", RequestFields.JSON, "product", MASTER))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BadRequestException.Kind.NOT_COVERED);
                    assertThat(e.field()).isEqualTo("product");
                    assertThat(e.reason()).contains("P-1").startsWith("CHECK");
                });
    }

    @Test
    void itemAndProductTogetherAreRefused() {
        assertThatThrownBy(() -> ProductRequest.parse(form("3C002", "2026-05-01"), "P-1", RequestFields.JSON, "product",
                MASTER)).isInstanceOfSatisfying(BadRequestException.class,
                        e -> assertThat(e.kind()).isEqualTo(BadRequestException.Kind.CONFLICT));
    }

    @Test
    void withoutAProductTheFormAloneDecides() {
        ProductRequest r = ProductRequest.parse(form("3C002", "2026-05-01"), " ", RequestFields.JSON, "product", MASTER);
        assertThat(r.cited()).isNull();
        assertThat(r.request().item()).isEqualTo("3C002");
    }

    @Test
    void anOrderBookNamesProductsAndKeepsTheRefusedLines() throws Exception {
        String csv = "id,from,to,product,date\n1,JP,CN,P-1,2026-05-01\n2,JP,CN,P-2,2026-05-01\n3,JP,CN,P-9,2026-05-01\n";
        List<Object> seen = new ArrayList<>();
        try (OrderReader r = OrderReader.open("book.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8, List.of(), MASTER)) {
            r.forEach(new OrderReader.Lines() {
                @Override
                public void line(OrderLine line) {
                    seen.add(line);
                }

                @Override
                public void rejected(CsvException problem) {
                    seen.add(problem.getMessage());
                }
            });
        }
        assertThat(seen).hasSize(3);
        OrderLine first = (OrderLine) seen.get(0);
        assertThat(first.request().item()).isEqualTo("3C002.a.2");
        assertThat(first.cite(DeterminationEngine.bundled().determine(first.request())).trace().get(0).source())
                .contains("classification 7");
        assertThat((String) seen.get(1)).contains("book.csv:3").contains("column product").contains("P-2").contains("CHECK");
        assertThat((String) seen.get(2)).contains("book.csv:4").contains("P-9");
    }

    @Test
    void aBookWithNeitherItemNorProductIsRefusedAsAWhole() {
        assertThatThrownBy(() -> OrderReader.open("book.csv", new java.io.StringReader("id,from,to,date\n")))
                .isInstanceOf(CsvException.class).hasMessageContaining("book.csv:1").hasMessageContaining("item");
    }
}
