package dev.clearance.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.clearance.determination.DeterminationEngine;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The licensing office's workload across Korea's 2019-09-18 split (Japan to Ga-2: comprehensive licences give way
 * to individual ones, 15-day reviews) and the 2023-04-24 restoration, on the KR→JP lines of a generated book.
 * Expectations come from regimes.md §2.1, not from the engine.
 */
class OfficeWorkloadTest {
    private static final List<OrderBooks.Order> BOOK = OrderBooks.generate(7, 4000, LocalDate.of(2019, 1, 1),
            LocalDate.of(2023, 12, 31));
    private static final String[] CONSIGNEES = {"Sony", "Toshiba Memory", "JSR Corp"};
    private static final String CSV = withConsignees(BOOK);
    private static final List<OrderBooks.Order> KR_JP = BOOK.stream().filter(RegimeChangesImpactTest::krToJp).toList();

    static String withConsignees(List<OrderBooks.Order> orders) {
        Random random = new Random(11);
        StringBuilder s = new StringBuilder(OrderBooks.HEADER).append(",consignee\n");
        for (OrderBooks.Order o : orders) {
            s.append(o.csv()).append(',').append(CONSIGNEES[random.nextInt(CONSIGNEES.length)]).append('\n');
        }
        return s.toString();
    }

    static WorkloadEstimate estimate(String before, String after, Integer officers, List<String> rejected) {
        DeterminationEngine engine = DeterminationEngine.bundled();
        LocalDate b = LocalDate.parse(before);
        LocalDate a = LocalDate.parse(after);
        WorkloadSettings settings = new WorkloadSettings(Map.of(), 480, 21, officers, "KR", "JP");
        try {
            return new OfficeWorkload(new ImpactSide(before, engine, b), new ImpactSide(after, engine, a), settings)
                    .run("book.csv", new StringReader(CSV), e -> rejected.add(e.getMessage()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theGa2SplitTurnsComprehensiveLicencesIntoOneIndividualApplicationPerListedLine() {
        List<String> rejected = new ArrayList<>();
        WorkloadEstimate e = estimate("2019-09-17", "2019-09-18", null, rejected);
        assertThat(rejected).isEmpty();
        assertThat(e.inScope()).isEqualTo(KR_JP.size());
        long listed = KR_JP.stream().filter(OrderBooks.Order::listed).count();
        assertThat(listed).as("the book exercises the change").isGreaterThan(100);
        // Every listed KR→JP line moves from a comprehensive licence to an individual application.
        assertThat(e.after().individualApplications() - e.before().individualApplications()).isEqualTo(listed);
        assertThat(e.after().applications()).doesNotContainKey("COMPREHENSIVE");
        // Ga-2's comprehensive-licence exception is not counted, and the estimate says so.
        assertThat(e.after().notes()).containsKey("KR-GA2-COMPREHENSIVE-EXCEPTION");
        assertThat(e.before().notes()).doesNotContainKey("KR-GA2-COMPREHENSIVE-EXCEPTION");
        // One comprehensive licence per consignee, renewed after its 3 years: the book spans 5 years.
        assertThat(e.before().applications().get("COMPREHENSIVE")).isBetween((long) CONSIGNEES.length,
                2L * CONSIGNEES.length);
        assertThat(e.after().officerDays()).isGreaterThan(e.before().officerDays());
        assertThat(e.after().officerDaysPerMonth()).isGreaterThan(e.before().officerDaysPerMonth());
        // Ga-2: 15 working days per individual application; Ga: 5.
        assertThat(e.after().reviewDays().get("INDIVIDUAL")).isEqualTo(15 * e.after().applications().get("INDIVIDUAL"));
        Long beforeIndividual = e.before().applications().getOrDefault("INDIVIDUAL", 0L);
        assertThat(e.before().reviewDays().getOrDefault("INDIVIDUAL", 0L)).isEqualTo(5 * beforeIndividual);
        assertThat(e.before().unknownReview()).isEqualTo(e.before().applications().get("COMPREHENSIVE"));
        assertThat(e.applicationChange().get("INDIVIDUAL")).isEqualTo(listed);
        // Officer-days follow the assumed minutes exactly.
        double expected = (e.after().applications().get("INDIVIDUAL") * 120.0) / 480;
        assertThat(e.after().officerDays()).isCloseTo(expected, within(1e-9));
    }

    @Test
    void theRestorationOf2023DoesTheReverse() {
        WorkloadEstimate e = estimate("2023-04-23", "2023-04-24", null, new ArrayList<>());
        long listed = KR_JP.stream().filter(OrderBooks.Order::listed).count();
        assertThat(e.before().individualApplications() - e.after().individualApplications()).isEqualTo(listed);
        assertThat(e.before().applications()).doesNotContainKey("COMPREHENSIVE");
        assertThat(e.after().applications()).containsKey("COMPREHENSIVE");
        assertThat(e.after().officerDays()).isLessThan(e.before().officerDays());
        assertThat(e.after().officerDaysPerMonth()).isLessThan(e.before().officerDaysPerMonth());
    }

    @Test
    void noChangeBetweenTwoDaysOfTheSameStretch() {
        // 2021: after Korea's conventional catch-all window [2020-03-18, 2020-09-19), before the 2023 changes.
        WorkloadEstimate e = estimate("2021-01-01", "2021-06-01", null, new ArrayList<>());
        assertThat(e.after().applications()).isEqualTo(e.before().applications());
        assertThat(e.applicationChange().values()).allMatch(v -> v == 0);
    }

    @Test
    void backlogWithTooFewOfficersGrowsAndWithEnoughStaysEmpty() {
        WorkloadEstimate one = estimate("2019-09-17", "2019-09-18", 1, new ArrayList<>());
        WorkloadSide.Backlog after = one.after().backlog();
        assertThat(after.capacityPerMonth()).isEqualTo(21.0);
        assertThat(after.utilisation()).isCloseTo(one.after().officerDays() / (21.0 * one.months()), within(1e-9));
        WorkloadEstimate many = estimate("2019-09-17", "2019-09-18", 50, new ArrayList<>());
        assertThat(many.after().backlog().peakOfficerDays()).isZero();
        assertThat(many.after().backlog().monthsToClear()).isZero();
        // A tiny office: a backlog builds up and takes time to clear.
        WorkloadSettings slow = new WorkloadSettings(Map.of("INDIVIDUAL", 4800), 480, 1, 1, "KR", "JP");
        DeterminationEngine engine = DeterminationEngine.bundled();
        WorkloadEstimate tiny;
        try {
            tiny = new OfficeWorkload(new ImpactSide("b", engine, LocalDate.of(2019, 9, 17)),
                    new ImpactSide("a", engine, LocalDate.of(2019, 9, 18)), slow)
                    .run("book.csv", new StringReader(CSV), e -> { });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(tiny.after().backlog().endOfficerDays()).isGreaterThan(0);
        assertThat(tiny.after().backlog().monthsToClear()).isEqualTo(tiny.after().backlog().endOfficerDays());
        assertThat(tiny.after().officerDays()).isEqualTo(10.0 * tiny.after().applications().get("INDIVIDUAL"));
    }

    @Test
    void jsonCarriesTheContract() {
        Map<String, Object> m = estimate("2019-09-17", "2019-09-18", 2, new ArrayList<>()).toMap();
        assertThat(m).containsKeys("before", "after", "change", "assumptions");
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) m.get("before");
        assertThat(before).containsKeys("applications", "officerDays", "backlog");
        @SuppressWarnings("unchecked")
        Map<String, Object> change = (Map<String, Object>) m.get("change");
        assertThat((Double) change.get("officerDays")).isPositive();
    }

    @Test
    void badLinesAreNamedAndTheRestCounted() throws IOException {
        String csv = "id,from,to,item,date,consignee\nA,KR,JP,3C002,2019-09-20,Sony\nB,KR,JP,3C002,not-a-day,Sony\n"
                + "C,KR,JP,3C002,2019-09-21,Sony\nD,KR,XX,3C002,2019-09-21,Sony\n";
        List<String> rejected = new ArrayList<>();
        DeterminationEngine engine = DeterminationEngine.bundled();
        WorkloadEstimate e = new OfficeWorkload(new ImpactSide("b", engine, LocalDate.of(2019, 9, 17)),
                new ImpactSide("a", engine, LocalDate.of(2019, 9, 18)), WorkloadSettings.defaults())
                .run("book.csv", new StringReader(csv), p -> rejected.add(p.getMessage()));
        assertThat(rejected).hasSize(2);
        assertThat(rejected.get(0)).contains("book.csv:3").contains("date");
        assertThat(rejected.get(1)).contains("book.csv:5").contains("to");
        assertThat(e.rejected()).isEqualTo(2);
        assertThat(e.before().applications()).isEqualTo(Map.of("COMPREHENSIVE", 1L));
        assertThat(e.after().applications()).isEqualTo(Map.of("INDIVIDUAL", 2L));
        Set<String> keys = e.toMap().keySet().stream().collect(Collectors.toSet());
        assertThat(keys).contains("lines", "rejected", "span");
    }
}
