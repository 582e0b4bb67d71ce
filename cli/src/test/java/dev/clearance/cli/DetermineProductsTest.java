package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.csv.CsvReader;
import dev.clearance.csv.CsvRecord;
import dev.clearance.records.Database;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.product.ProductDraft;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.records.product.Proposal;
import dev.clearance.records.product.ProposalSource;
import dev.clearance.server.ServerMain;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code determine --in} with an order book naming products (issue 21): the product's approved classification in
 * force on the order's date is the item and is cited; a product with none approved, or unknown, is refused naming it
 * and kept in the output with its line and reason; a product changed since its approval lowers the answer to check.
 */
class DetermineProductsTest {
    private static final String BOOK = "id,from,to,product,date\n"
            + "1,JP,CN,F-1,2026-05-01\n"
            + "2,JP,CN,F-1,2025-12-31\n"
            + "3,JP,CN,H-1,2026-05-01\n"
            + "4,JP,CN,NOPE,2026-05-01\n";

    @TempDir
    Path dir;

    private Map<String, Map<String, String>> rows(Path out) throws Exception {
        Map<String, Map<String, String>> byId = new LinkedHashMap<>();
        try (Reader r = Files.newBufferedReader(out, StandardCharsets.UTF_8); CsvReader csv = new CsvReader("out", r)) {
            List<String> header = csv.next().fields();
            for (CsvRecord rec = csv.next(); rec != null; rec = csv.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), rec.get(i));
                }
                byId.put(row.get("id"), row);
            }
        }
        return byId;
    }

    private CliRun determine(Path book, String... master) {
        List<String> args = new ArrayList<>(List.of("determine", "--in", book.toString(), "--out",
                dir.resolve("out.csv").toString()));
        args.addAll(List.of(master));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** The same book answered by item: what the product's approved entry must give. */
    private Map<String, String> byItem(String item) throws Exception {
        Path book = dir.resolve("items.csv");
        Files.writeString(book, "id,from,to,item,date\n1,JP,CN," + item + ",2026-05-01\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("items-out.csv");
        CliRun r = CliRun.of("determine", "--in", book.toString(), "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        return rows(out).get("1");
    }

    private void assertProductRows(Map<String, Map<String, String>> out, String cited) throws Exception {
        Map<String, String> expected = byItem("1C009.b");
        assertThat(out.get("1").get("refused")).isEmpty();
        assertThat(out.get("1").get("licence_required")).isEqualTo(expected.get("licence_required"));
        assertThat(out.get("1").get("licence_options")).isEqualTo(expected.get("licence_options"));
        assertThat(out.get("1").get("product_classification")).contains("JP classification 1C009.b").contains(cited);
        assertThat(out.get("2").get("refused")).contains("F-1").contains("no approved JP classification in force on"
                + " 2025-12-31");
        assertThat(out.get("2").get("line")).isEqualTo("3");
        assertThat(out.get("3").get("refused")).contains("H-1").contains("CHECK");
        assertThat(out.get("4").get("refused")).contains("NOPE");
        assertThat(out.get("4").get("licence_required")).isEmpty();
    }

    @Test
    void aProductMasterCsvGivesTheApprovedEntryInForceOnTheOrdersDate() throws Exception {
        Path master = dir.resolve("products.csv");
        Files.writeString(master, "product,description,cas,params,regime,entry,reason,status,approved_by,in_force_from\n"
                + "F-1,fluorinated polyimide film,,fluorine=12%wt,JP,1C009.b,sheet checked,APPROVED,bob,2026-01-01\n"
                + "H-1,hydrogen fluoride,7664-39-3,,JP,1C350.d.15,proposed only,PROPOSED,,\n", StandardCharsets.UTF_8);
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, BOOK, StandardCharsets.UTF_8);
        CliRun r = determine(book, "--products", master.toString());
        assertThat(r.status()).as("refused lines make the run's status bad input").isEqualTo(Clearance.BAD_INPUT);
        assertThat(r.err()).contains("1 order line(s) determined, 3 rejected");
        assertProductRows(rows(dir.resolve("out.csv")), "products.csv line 2");
    }

    @Test
    void aBadProductMasterCsvIsRefusedNamingItsLineBeforeAnyLine() throws Exception {
        Path master = dir.resolve("products.csv");
        Files.writeString(master, "product,description,regime,entry,status,approved_by,in_force_from\n"
                + "F-1,fluorinated polyimide film,JP,1C009.b,APPROVED,bob,next spring\n", StandardCharsets.UTF_8);
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, BOOK, StandardCharsets.UTF_8);
        CliRun r = determine(book, "--products", master.toString());
        assertThat(r.status()).isEqualTo(Clearance.BAD_INPUT);
        assertThat(r.err()).contains("products.csv:2").contains("in_force_from").doesNotContain("Exception");
    }

    @Test
    void theDatabaseMasterIsUsedAndAProductChangedSinceApprovalIsOnlyCheck() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = ServerMain.openEmbedded(data)) {
            ProductMaster m = new ProductMaster(db, new AuditTrail(db));
            m.save(new ProductDraft("F-1", "fluorinated polyimide film", List.of("fluorine=12%wt"), List.of()), "alice");
            long id = m.propose(new Proposal("F-1", "JP", "1C009.b", "sheet", ProposalSource.officer()), "alice").id();
            m.approve(id, "bob", "sheet checked", LocalDate.of(2026, 1, 1));
            m.save(new ProductDraft("H-1", "hydrogen fluoride", List.of(), List.of("7664-39-3")), "alice");
        }
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, BOOK, StandardCharsets.UTF_8);
        CliRun r = determine(book, "--data", data.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(Clearance.BAD_INPUT);
        Map<String, Map<String, String>> out = rows(dir.resolve("out.csv"));
        assertProductRows(out, "product master: product F-1 version 1, classification ");
        // to the US the entry's answer is confirmed as approved, so a lowering shows
        Path us = dir.resolve("orders-us.csv");
        Files.writeString(us, "id,from,to,product,date\n1,JP,US,F-1,2026-05-01\n", StandardCharsets.UTF_8);
        assertThat(determine(us, "--data", data.toString()).status()).isZero();
        String asApproved = rows(dir.resolve("out.csv")).get("1").get("confidence");

        try (Database db = ServerMain.openEmbedded(data)) {
            new ProductMaster(db, new AuditTrail(db)).save(new ProductDraft("F-1", "fluorinated polyimide film",
                    List.of("fluorine=15%wt"), List.of()), "alice");
        }
        assertThat(determine(us, "--data", data.toString()).status()).isZero();
        Map<String, String> changed = rows(dir.resolve("out.csv")).get("1");
        assertThat(changed.get("confidence")).isEqualTo("check");
        assertThat(asApproved).isEqualTo("confirmed");
        assertThat(changed.get("product_classification")).contains("changed since").contains("now version 2");
    }

    @Test
    void aFileShowingOrNotSayingAChangeSinceApprovalIsOnlyCheck() throws Exception {
        Path us = dir.resolve("orders-us.csv");
        Files.writeString(us, "id,from,to,product,date\n1,JP,US,F-1,2026-05-01\n", StandardCharsets.UTF_8);
        String head = "product,description,params,regime,entry,status,approved_by,in_force_from,version,"
                + "classified_version\n";
        java.util.function.Function<String, Map<String, String>> answer = versions -> {
            try {
                Path master = dir.resolve("products.csv");
                Files.writeString(master, head + "F-1,fluorinated polyimide film,fluorine=12%wt,JP,1C009.b,APPROVED,"
                        + "bob,2026-01-01," + versions + "\n", StandardCharsets.UTF_8);
                CliRun r = determine(us, "--products", master.toString());
                assertThat(r.status()).as(r.err()).isZero();
                return rows(dir.resolve("out.csv")).get("1");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        // as exported: approved on the version the product still has
        assertThat(answer.apply("2,2").get("confidence")).isEqualTo("confirmed");
        Map<String, String> changed = answer.apply("3,2");
        assertThat(changed.get("confidence")).isEqualTo("check");
        assertThat(changed.get("product_classification")).contains("changed since").contains("now version 3");
        // a hand-written file that does not say: a change cannot be ruled out
        Map<String, String> unsaid = answer.apply(",");
        assertThat(unsaid.get("confidence")).isEqualTo("check");
        assertThat(unsaid.get("product_classification")).contains("does not say on which version");
    }

    @Test
    void withoutAProductMasterAProductRowIsRefusedSayingHowToGiveOne() throws Exception {
        Path book = dir.resolve("orders.csv");
        Files.writeString(book, "id,from,to,item,product,date\n1,JP,CN,,F-1,2026-05-01\n2,JP,CN,1C009.b,,2026-05-01\n",
                StandardCharsets.UTF_8);
        CliRun r = determine(book);
        assertThat(r.err()).contains("1 order line(s) determined, 1 rejected");
        Map<String, Map<String, String>> out = rows(dir.resolve("out.csv"));
        assertThat(out.get("1").get("refused")).contains("--products").contains("--db");
        assertThat(out.get("2").get("refused")).isEmpty();
        assertThat(out.get("2").get("product_classification")).isEmpty();
    }
}
