package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.regime.ControlList;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import dev.clearance.regime.SanctionsMeasure;
import dev.clearance.regime.SanctionsMeasure.ItemScope;
import dev.clearance.regime.read.RegimeData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sanctions measure in the bundled data, on both sides of its start (and its end): a request the
 * measure reaches does not meet it the day before it starts and meets it on the day, and the answer it
 * decides is as sure as the measure. Read from the data, so a measure added later is covered too.
 */
class SanctionsMeasureDatesTest {
    private static final Regimes REGIMES = RegimeData.bundled();
    private final DeterminationEngine engine = new DeterminationEngine(REGIMES, false);

    @Test
    void everyRegimeHasSanctionsData() {
        for (Regime r : REGIMES.all()) {
            assertThat(r.sanctions()).as(r.jurisdiction()).isNotEmpty();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachMeasureOnBothSidesOfItsDates() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Regime regime : REGIMES.all()) {
            for (SanctionsMeasure m : regime.sanctions()) {
                tests.add(DynamicTest.dynamicTest(regime.jurisdiction() + " " + m.code(), () -> check(regime, m)));
            }
        }
        return tests.stream();
    }

    private void check(Regime regime, SanctionsMeasure m) {
        LocalDate from = m.period().from();
        LocalDate first = from != null && regime.coverage().contains(from) ? from : regime.coverage().from();
        ExportRequest reaching = reaching(regime, m, first);
        Determination on = engine.determine(regime, reaching);
        List<TraceStep> steps = on.trace().stream().filter(s -> s.rule().equals(m.code())).toList();
        assertThat(steps).as(m.code() + " on " + first + ": " + on.trace()).isNotEmpty();
        assertThat(steps).allSatisfy(s -> assertThat(s.source()).isNotBlank());
        assertThat(steps.get(0).effect()).as(m.code()).doesNotStartWith("does not apply");
        if (m.status() != SanctionsMeasure.Status.CONFIRMED) {
            assertThat(on.confidence()).as(m.code() + " is " + m.status()).isNotEqualTo(Confidence.CONFIRMED);
        }
        if (m.status() == SanctionsMeasure.Status.UNCONFIRMED || !m.regions().isEmpty()) {
            assertThat(steps.get(0).effect()).as(m.code() + ": never decided on").startsWith("CHECK: may apply");
        } else if (m.effect() == SanctionsMeasure.Effect.PROHIBITED) {
            assertThat(on.prohibited()).as(m.code()).isTrue();
        } else {
            assertThat(on.licenceRequired()).as(m.code()).isTrue();
            if (m.policy() != null) {
                assertThat(on.policy()).as(m.code()).isNotNull();
            }
            if (m.effect() == SanctionsMeasure.Effect.AUTHORITY) {
                assertThat(on.authority()).isEqualTo(m.authority());
                assertThat(on.licenceOptions()).containsExactly(m.authorisation());
            }
        }
        if (from != null && regime.coverage().contains(from.minusDays(1))) {
            Determination before = engine.determine(regime, reaching.withDate(from.minusDays(1)));
            assertThat(before.trace()).as(m.code() + " the day before " + from)
                    .noneMatch(s -> s.rule().equals(m.code()));
        }
        LocalDate to = m.period().to();
        if (to != null && regime.coverage().contains(to)) {
            assertThat(engine.determine(regime, reaching.withDate(to.minusDays(1))).trace())
                    .anyMatch(s -> s.rule().equals(m.code()));
            assertThat(engine.determine(regime, reaching.withDate(to)).trace()).as(m.code() + " on its end " + to)
                    .noneMatch(s -> s.rule().equals(m.code()));
        }
    }

    /** A request the measure reaches, on {@code day}. */
    private static ExportRequest reaching(Regime regime, SanctionsMeasure m, LocalDate day) {
        ItemScope s = m.items();
        String item = null;
        String hs = null;
        switch (s.kind()) {
            case LISTED -> item = !s.entries().isEmpty() ? entryWithin(regime, s.entries().get(0))
                    : !s.reasons().isEmpty() ? controlledFor(regime, s.reasons()) : s.lists().isEmpty() ? "3C002"
                    : RegimeData.controlList().entries().stream().filter(e -> e.status() == ControlList.Status.LISTED
                    && s.lists().contains(e.regime()) && regime.isControlListEntry(e.code())).findFirst().orElseThrow()
                    .code();
            case HS -> hs = s.hs().isEmpty() ? null : s.hs().get(0);
            case ALL -> hs = "0901";
        }
        if (item == null && regime.rules().unlisted() != null) {
            item = regime.rules().unlisted();
        }
        EndUse use = m.endUses().isEmpty() ? EndUse.CIVIL : EndUse.parse(m.endUses().get(m.endUses().size() - 1));
        String from = regime.exporterGroup() == null ? regime.jurisdiction() : "DE";
        String to = m.worldwide() ? java.util.stream.Stream.of("SG", "BR", "ZA", "DE").filter(c -> m.reaches(regime, c, day))
                .findFirst().orElseThrow() : !m.destinations().isEmpty() ? m.destinations().get(0)
                : regime.group(m.groups().get(0)).orElseThrow().membersOn(day).get(0);
        List<String> headquarters = m.headquarters().isEmpty() ? null : !m.headquarters().countries().isEmpty()
                ? List.of(m.headquarters().countries().get(0))
                : List.of(regime.group(m.headquarters().groups().get(0)).orElseThrow().membersOn(day).get(0));
        return new ExportRequest(from, to, item, null, hs, day, use, null, false, null, null, null, headquarters);
    }

    /** An entry of the regime's list controlled, for its whole entry, for one of {@code reasons} (NP, MT ...). */
    private static String controlledFor(Regime regime, List<String> reasons) {
        return RegimeData.controlList().entries().stream().filter(e -> e.status() == ControlList.Status.LISTED
                && java.util.Arrays.stream(e.reasons().split(",\\s*")).anyMatch(reasons::contains)
                && regime.isControlListEntry(e.code())).findFirst().orElseThrow().code();
    }

    /** An entry of the regime's list within {@code prefix} (a category or product group such as 3B names none itself). */
    private static String entryWithin(Regime regime, String prefix) {
        if (prefix.length() >= 5) {
            return prefix;
        }
        return RegimeData.controlList().entries().stream().map(ControlList.Entry::code)
                .filter(c -> c.startsWith(prefix) && regime.isControlListEntry(c)).findFirst().orElseThrow();
    }
}
