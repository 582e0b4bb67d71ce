package dev.clearance.records;

import dev.clearance.records.audit.AuditAction;
import dev.clearance.records.audit.AuditRecord;
import dev.clearance.records.audit.AuditTrail;
import dev.clearance.records.licences.DeterminationLink;
import dev.clearance.records.licences.Drawdown;
import dev.clearance.records.licences.Licence;
import dev.clearance.records.licences.LicenceCoverage;
import dev.clearance.records.licences.Licences;
import dev.clearance.records.licences.NewLicence;
import dev.clearance.records.licences.Refusal;
import dev.clearance.records.licences.Shipment;
import dev.clearance.records.licences.ShipmentRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

abstract class AbstractLicencesTest extends DatabaseTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    private Licences licences() {
        return new Licences(db);
    }

    static NewLicence siel(String number) {
        return new NewLicence("UK", "SIEL", number, "Acme Exports Ltd", Set.of("3C002", "5A002.a"),
                Set.of("JP", "de"), Set.of("Tokyo Fab K.K.", "Dresden Wafer GmbH"), new BigDecimal("10"),
                new BigDecimal("1000.00"), "GBP", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    }

    static ShipmentRequest ship(String entry, String dest, String consignee, String qty, String value, LocalDate date) {
        return new ShipmentRequest("UK", entry, dest, consignee, new BigDecimal(qty), new BigDecimal(value), date, "PO-1");
    }

    static ShipmentRequest okShipment(String qty, String value) {
        return ship("3C002.a.2", "JP", "Tokyo Fab K.K.", qty, value, TODAY);
    }

    @Test
    void registersAndReadsBack() {
        Licence l = licences().register(siel("GBSIEL/2025/0001"), "officer1");
        assertThat(l.id()).isPositive();
        assertThat(l.jurisdiction()).isEqualTo("UK");
        assertThat(l.entries()).containsExactlyInAnyOrder("3C002", "5A002.A");
        assertThat(l.destinations()).containsExactlyInAnyOrder("JP", "DE");
        assertThat(l.consignees()).containsExactlyInAnyOrder("Tokyo Fab K.K.", "Dresden Wafer GmbH");
        assertThat(l.quantityLimit()).isEqualByComparingTo("10");
        assertThat(l.remainingValue()).isEqualByComparingTo("1000");
        assertThat(l.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(l.registeredBy()).isEqualTo("officer1");
        assertThat(licences().get(l.id())).contains(l);
        assertThat(licences().list()).containsExactly(l);
    }

    @Test
    void refusesDuplicateNumberInJurisdiction() {
        licences().register(siel("N1"), "o");
        assertThatThrownBy(() -> licences().register(siel("N1"), "o"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
    }

    @Test
    void entryCoversItsSubEntriesOnly() {
        Licence l = licences().register(siel("N1"), "o");
        assertThat(l.coversEntry("3C002")).isTrue();
        assertThat(l.coversEntry("3c002.a.2")).isTrue();
        assertThat(l.coversEntry("5A002.a.1")).isTrue();
        assertThat(l.coversEntry("5A002.b")).isFalse();
        assertThat(l.coversEntry("3C0021")).isFalse();
        assertThat(l.coversEntry("3C003")).isFalse();
    }

    @Test
    void findsCoveringLicenceAndNamesEachRefusal() {
        Licences ls = licences();
        Licence good = ls.register(siel("A-GOOD"), "o");
        Licence expired = ls.register(new NewLicence("UK", "SIEL", "B-EXPIRED", "Acme", Set.of("3C002"), Set.of(),
                Set.of(), null, null, null, LocalDate.of(2024, 1, 1), LocalDate.of(2025, 5, 31)), "o");
        Licence future = ls.register(new NewLicence("UK", "SIEL", "C-FUTURE", "Acme", Set.of("3C002"), Set.of(),
                Set.of(), null, null, null, LocalDate.of(2025, 6, 2), null), "o");
        Licence otherEntry = ls.register(new NewLicence("UK", "SIEL", "D-ENTRY", "Acme", Set.of("3C002.b"), Set.of(),
                Set.of(), null, null, null, LocalDate.of(2025, 1, 1), null), "o");
        Licence otherDest = ls.register(new NewLicence("UK", "SIEL", "E-DEST", "Acme", Set.of("3C002"), Set.of("US"),
                Set.of(), null, null, null, LocalDate.of(2025, 1, 1), null), "o");
        Licence otherConsignee = ls.register(new NewLicence("UK", "SIEL", "F-CONS", "Acme", Set.of("3C002"),
                Set.of(), Set.of("Someone Else"), null, null, null, LocalDate.of(2025, 1, 1), null), "o");
        Licence smallQty = ls.register(new NewLicence("UK", "SIEL", "G-QTY", "Acme", Set.of("3C002"), Set.of(),
                Set.of(), new BigDecimal("2"), null, null, LocalDate.of(2025, 1, 1), null), "o");
        Licence smallValue = ls.register(new NewLicence("UK", "SIEL", "H-VAL", "Acme", Set.of("3C002"), Set.of(),
                Set.of(), null, new BigDecimal("99.99"), null, LocalDate.of(2025, 1, 1), null), "o");
        ls.register(new NewLicence("US", "license", "US-1", "Acme", Set.of("3C002"), Set.of(), Set.of(), null, null,
                null, LocalDate.of(2025, 1, 1), null), "o");

        List<LicenceCoverage> result = ls.findCovering(ship("3C002.a.2", "jp", "TOKYO FAB KK", "3", "100", TODAY));

        assertThat(result).hasSize(8);
        assertThat(result.get(0).licence()).isEqualTo(good);
        assertThat(result.get(0).covers()).isTrue();
        assertThat(result.stream().filter(LicenceCoverage::covers)).hasSize(1);
        assertThat(reasons(result, expired)).containsExactly(Refusal.Reason.EXPIRED);
        assertThat(reasons(result, future)).containsExactly(Refusal.Reason.NOT_YET_VALID);
        assertThat(reasons(result, otherEntry)).containsExactly(Refusal.Reason.ENTRY_NOT_COVERED);
        assertThat(reasons(result, otherDest)).containsExactly(Refusal.Reason.DESTINATION_NOT_COVERED);
        assertThat(reasons(result, otherConsignee)).containsExactly(Refusal.Reason.CONSIGNEE_NOT_COVERED);
        assertThat(reasons(result, smallQty)).containsExactly(Refusal.Reason.QUANTITY_EXHAUSTED);
        assertThat(reasons(result, smallValue)).containsExactly(Refusal.Reason.VALUE_EXHAUSTED);
    }

    private static List<Refusal.Reason> reasons(List<LicenceCoverage> result, Licence l) {
        return result.stream().filter(c -> c.licence().id() == l.id()).findFirst().orElseThrow()
                .refusals().stream().map(Refusal::reason).toList();
    }

    @Test
    void drawsDownToExhaustionThenRefuses() {
        Licences ls = licences();
        Licence l = ls.register(siel("N1"), "o");
        assertThat(ls.drawDown(l.id(), okShipment("4", "100"), "clerk").accepted()).isTrue();
        assertThat(ls.drawDown(l.id(), okShipment("4", "100"), "clerk").accepted()).isTrue();
        Drawdown tooMuch = ls.drawDown(l.id(), okShipment("4", "100"), "clerk");
        assertThat(tooMuch.accepted()).isFalse();
        assertThat(tooMuch.shipmentId()).isNull();
        assertThat(tooMuch.refusals()).extracting(Refusal::reason).containsExactly(Refusal.Reason.QUANTITY_EXHAUSTED);
        Drawdown rest = ls.drawDown(l.id(), okShipment("2", "800"), "clerk");
        assertThat(rest.accepted()).isTrue();
        assertThat(rest.licence().remainingQuantity()).isEqualByComparingTo("0");
        assertThat(rest.licence().remainingValue()).isEqualByComparingTo("0");
        Drawdown none = ls.drawDown(l.id(), okShipment("0", "0.01"), "clerk");
        assertThat(none.refusals()).extracting(Refusal::reason).containsExactly(Refusal.Reason.VALUE_EXHAUSTED);
        List<Shipment> shipments = ls.shipments(l.id());
        assertThat(shipments).hasSize(3);
        assertThat(shipments.get(2).id()).isEqualTo(rest.shipmentId());
        assertThat(shipments.get(0).entryCode()).isEqualTo("3C002.A.2");
        assertThat(shipments.get(0).date()).isEqualTo(TODAY);
        assertThat(ls.get(l.id()).orElseThrow().quantityUsed()).isEqualByComparingTo("10");
    }

    @Test
    void refusedDrawdownRecordsNothing() {
        Licences ls = licences();
        Licence l = ls.register(siel("N1"), "o");
        Drawdown late = ls.drawDown(l.id(), ship("3C002", "JP", "Tokyo Fab K.K.", "1", "1", LocalDate.of(2026, 1, 1)),
                "clerk");
        assertThat(late.accepted()).isFalse();
        assertThat(late.refusals()).extracting(Refusal::reason).containsExactly(Refusal.Reason.EXPIRED);
        Drawdown wrongJurisdiction = ls.drawDown(l.id(), new ShipmentRequest("US", "3C002", "JP", "Tokyo Fab K.K.",
                BigDecimal.ONE, BigDecimal.ONE, TODAY, null), "clerk");
        assertThat(wrongJurisdiction.refusals()).extracting(Refusal::reason)
                .containsExactly(Refusal.Reason.JURISDICTION_MISMATCH);
        assertThat(ls.drawDown(999_999, okShipment("1", "1"), "clerk").refusals()).extracting(Refusal::reason)
                .containsExactly(Refusal.Reason.NO_SUCH_LICENCE);
        assertThat(ls.shipments(l.id())).isEmpty();
        assertThat(ls.get(l.id()).orElseThrow().quantityUsed()).isEqualByComparingTo("0");
    }

    @Test
    void concurrentDrawdownsNeverOverdraw() throws Exception {
        Licences ls = licences();
        Licence l = ls.register(new NewLicence("UK", "SIEL", "N1", "Acme", Set.of("3C002"), Set.of(), Set.of(),
                new BigDecimal("30"), new BigDecimal("1000"), "GBP", LocalDate.of(2025, 1, 1), null), "o");
        AtomicInteger accepted = new AtomicInteger();
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    for (int i = 0; i < 6; i++) {
                        if (ls.drawDown(l.id(), okShipment("1", "10"), "clerk").accepted()) {
                            accepted.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> f : pool.invokeAll(tasks, 2, TimeUnit.MINUTES)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accepted.get()).isEqualTo(30);
        Licence after = ls.get(l.id()).orElseThrow();
        assertThat(after.quantityUsed()).isEqualByComparingTo("30");
        assertThat(after.valueUsed()).isEqualByComparingTo("300");
        assertThat(ls.shipments(l.id())).hasSize(30);
    }

    @Test
    void databaseRefusesOverdrawEvenOutsideTheApi() {
        Licences ls = licences();
        Licence l = ls.register(siel("N1"), "o");
        assertThatThrownBy(() -> db.jdbi().useHandle(h ->
                h.execute("UPDATE licence SET quantity_used = 11 WHERE id = ?", l.id())))
                .hasMessageContaining("licence_quantity_not_overdrawn".substring(0, 7));
    }

    @Test
    void listsLicencesExpiringWithinWindow() {
        Licences ls = licences();
        for (Object[] spec : new Object[][] {{"EXP-YESTERDAY", -1}, {"EXP-TODAY", 0}, {"EXP-5", 5}, {"EXP-30", 30},
                {"EXP-31", 31}}) {
            ls.register(new NewLicence("UK", "SIEL", (String) spec[0], "Acme", Set.of("3C002"), Set.of(), Set.of(),
                    null, null, null, LocalDate.of(2024, 1, 1), TODAY.plusDays((Integer) spec[1])), "o");
        }
        ls.register(new NewLicence("UK", "OGEL", "OPEN", "Acme", Set.of("3C002"), Set.of(), Set.of(), null, null,
                null, LocalDate.of(2024, 1, 1), null), "o");
        assertThat(ls.expiringWithin(30, TODAY)).extracting(Licence::number)
                .containsExactly("EXP-TODAY", "EXP-5", "EXP-30");
        assertThat(ls.expiringWithin(0, TODAY)).extracting(Licence::number).containsExactly("EXP-TODAY");
    }

    private long determinationRecord() {
        return new AuditTrail(db).append(AuditRecord.draft("alice", AuditAction.DETERMINATION, "{\"to\":\"JP\"}",
                "{\"licenceRequired\":true}")).seq();
    }

    @Test
    void aLicenceAndItsDrawdownsRestOnTheDeterminationNamedOrSayTheyRestOnNone() {
        Licences ls = licences();
        long determination = determinationRecord();
        Licence linked = ls.register(siel("LINKED"), DeterminationLink.given(determination), "o");
        Licence unlinked = ls.register(siel("UNLINKED"), "o");
        assertThat(ls.get(linked.id()).orElseThrow().determination())
                .isEqualTo(new DeterminationLink(determination, DeterminationLink.Source.GIVEN));
        assertThat(ls.get(unlinked.id()).orElseThrow().determination())
                .isEqualTo(new DeterminationLink(null, DeterminationLink.Source.NONE));

        // a drawdown names its own determination, or rests on none: a directly registered licence's determination
        // was for its registration, not for each shipment
        Drawdown named = ls.drawDown(linked.id(), okShipment("1", "10"), "o", determination, (h, d) -> { });
        Drawdown none = ls.drawDown(linked.id(), okShipment("1", "10"), "o", null, (h, d) -> { });
        assertThat(named.determination()).isEqualTo(DeterminationLink.given(determination));
        assertThat(none.determination().source()).isEqualTo(DeterminationLink.Source.NONE);
        assertThat(ls.shipments(linked.id())).extracting(Shipment::determination)
                .containsExactly(DeterminationLink.given(determination), DeterminationLink.none());
    }

    @Test
    void aLinkMustNameADeterminationsAuditRecord() {
        Licences ls = licences();
        long other = new AuditTrail(db).append(AuditRecord.draft("o", AuditAction.LICENCE_REGISTERED, "{}", "{}"))
                .seq();
        assertThatThrownBy(() -> ls.register(siel("X"), DeterminationLink.given(other + 1000), "o"))
                .isInstanceOfSatisfying(dev.clearance.input.BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("determinationAuditSeq");
                    assertThat(e.kind()).isEqualTo(dev.clearance.input.BadRequestException.Kind.UNKNOWN);
                });
        assertThatThrownBy(() -> ls.register(siel("X"), DeterminationLink.given(other), "o"))
                .isInstanceOfSatisfying(dev.clearance.input.BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("determinationAuditSeq");
                    assertThat(e.getMessage()).contains("LICENCE_REGISTERED");
                });
        assertThat(ls.list()).isEmpty();
        Licence l = ls.register(siel("Y"), "o");
        assertThatThrownBy(() -> ls.drawDown(l.id(), okShipment("1", "10"), "o", other, (h, d) -> { }))
                .isInstanceOf(dev.clearance.input.BadRequestException.class);
        assertThat(ls.shipments(l.id())).isEmpty();
        // the database holds the rule too: a source that names a determination needs one, NONE has none
        assertThatThrownBy(() -> db.jdbi().useHandle(h -> h.execute(
                "UPDATE licence SET determination_source = 'GIVEN' WHERE id = ?", l.id())))
                .hasMessageMatching("(?is).*licence_determination_ck.*");
    }
}
