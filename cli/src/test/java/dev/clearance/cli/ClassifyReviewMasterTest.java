package dev.clearance.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.Database;
import dev.clearance.records.product.ClassificationStatus;
import dev.clearance.records.product.ProductDraft;
import dev.clearance.records.product.ProductMaster;
import dev.clearance.records.product.Proposal;
import dev.clearance.records.product.ProposalSource;
import dev.clearance.records.product.RegimeClassification;
import dev.clearance.application.wiring.Databases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code classify review} against the product master: a product-master CSV (compared only) and a database. */
class ClassifyReviewMasterTest {
    @TempDir
    Path dir;

    @Test
    void aProductMasterCsvIsComparedWithTheClassifierAndRefusedRowsAreListed() throws Exception {
        Path csv = dir.resolve("master.csv");
        Files.writeString(csv, "product,description,cas,params,regime,entry,status,plant\n"
                + "F-1,fluorinated polyimide film,,fluorine=12%wt,JP,NONE,APPROVED,Osaka\n"
                + "F-1,fluorinated polyimide film,,fluorine=12%wt,KR,1C009.b,APPROVED,Osaka\n"
                + "H-1,hydrogen fluoride,7664-39-4,,,,,Ulsan\n", StandardCharsets.UTF_8);
        CliRun refused = CliRun.of("classify", "review", "--products", csv.toString());
        assertThat(refused.status()).isEqualTo(Clearance.BAD_INPUT);
        assertThat(refused.err()).contains("plant");
        CliRun r = CliRun.of("classify", "review", "--products", csv.toString(), "--extra-columns", "plant");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("1 products re-classified").contains("product F-1 (JP): approved NONE, the classifier"
                + " now proposes 1C009.b").doesNotContain("product F-1 (KR)")
                .contains("refused: " + csv + ":4: column cas");
    }

    @Test
    void theDatabaseIsReclassifiedAndADifferenceProposedNeverApproved() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Databases.openEmbedded(data)) {
            ProductMaster m = new ProductMaster(db, new AuditTrail(db));
            m.save(new ProductDraft("F-1", "fluorinated polyimide film", List.of("fluorine=12%wt"), List.of()), "alice");
            long id = m.propose(new Proposal("F-1", "JP", "NONE", "legacy", ProposalSource.officer()), "alice").id();
            m.approve(id, "bob", "legacy sheet", LocalDate.of(2026, 1, 1));
        }
        CliRun r = CliRun.of("classify", "review", "--data", data.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 products re-classified").contains(": 1 flagged for review")
                .contains("product F-1 (JP): approved NONE, the classifier now proposes 1C009.b")
                .contains("for a second officer to approve");
        try (Database db = Databases.openEmbedded(data)) {
            ProductMaster m = new ProductMaster(db, new AuditTrail(db));
            assertThat(m.inForce("F-1", "JP", LocalDate.of(2026, 6, 1))).map(RegimeClassification::entry).contains("NONE");
            assertThat(m.classifications("F-1")).filteredOn(c -> c.status() == ClassificationStatus.PROPOSED)
                    .extracting(RegimeClassification::entry).contains("1C009.b");
            assertThat(m.lastRecheck()).isPresent();
            assertThat(new AuditTrail(db).verify().ok()).isTrue();
        }
    }
}
