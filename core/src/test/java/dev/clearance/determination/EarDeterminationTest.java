package dev.clearance.determination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import dev.clearance.input.BadRequestException;

import dev.clearance.regime.ControlReason;
import dev.clearance.regime.Countries;
import dev.clearance.regime.DestinationRule;
import dev.clearance.regime.EarData;
import dev.clearance.regime.EntryFlag;
import dev.clearance.regime.read.RegimeData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The US EAR by the Country Chart (15 CFR 738.4, regimes.md §9), as of the eCFR of 2026-07-23. ECCNs and
 * destinations are picked from the bundled data, so the tests follow the data rather than restate it.
 */
class EarDeterminationTest {
    private static final LocalDate DAY = LocalDate.parse("2026-09-01");
    private static final List<String> COLUMNS = List.of("NS1", "NS2", "MT1", "NP1", "NP2", "CB1", "CB2", "CB3", "RS1",
            "RS2", "CC1", "CC2", "CC3", "AT1", "AT2", "FC1");
    private final DeterminationEngine engine = DeterminationEngine.bundled();
    private final EarData ear = RegimeData.bundled().require("US").ear();

    private Determination us(String to, String item) {
        return engine.determine(ExportRequest.of("US", to, item, DAY));
    }

    private Determination us(String to, String item, String usd) {
        return engine.determine(ExportRequest.of("US", to, item, DAY).withValue(new BigDecimal(usd), "USD"));
    }

    /** Destinations whose row has no embargo and no footnote: only the chart columns decide. */
    private List<EarData.ChartRow> plainRows() {
        return rows().stream().filter(r -> r.footnotes().isEmpty()).toList();
    }

    /** Destinations with a valid code whose row has no embargo. */
    private List<EarData.ChartRow> rows() {
        return ear.rows().stream().filter(r -> r.embargo().isEmpty() && Countries.isValid(r.country())).toList();
    }

    private static boolean chartOnly(EarData.Eccn e) {
        return !e.reasons().isEmpty() && e.reasons().stream().allMatch(c -> c.rule().kind() == DestinationRule.Kind.CHART);
    }

    @Test
    void theIssueExamplesHold() {
        assertThat(us("FR", "3C002").licenceRequired()).isFalse();
        assertThat(us("FR", "3C002").summary()).startsWith("NLR");
        assertThat(us("IN", "3C002").licenceRequired()).isFalse();
        assertThat(us("CN", "1C009.b").licenceOptions()).containsExactly("LICENSE");
        assertThat(us("SG", "3C002.a.1", "2000").licenceOptions()).contains("LVS", "GBS", "LICENSE");
        assertThat(us("SG", "3C002.a.1", "5000").licenceOptions()).doesNotContain("LVS").contains("GBS");
        assertThat(us("CU", null).licenceRequired()).isTrue();
        assertThat(engine.determine(ExportRequest.of("US", "CU", "EAR99", DAY)).licenceRequired()).isTrue();
    }

    @Test
    void eachCountryChartColumnRequiresALicenceExactlyWhereTheChartHasAnX() {
        Set<String> seen = new TreeSet<>();
        for (String column : COLUMNS) {
            // An ECCN decided by the chart alone whose only column with an X anywhere is this one, or else any with it.
            Optional<EarData.Eccn> pick = ear.eccns().stream().filter(EarDeterminationTest::chartOnly)
                    .filter(e -> e.reasons().stream().anyMatch(c -> c.rule().column().equals(column) && c.wholeEntry()))
                    .findFirst().or(() -> ear.eccns().stream().filter(e -> e.reasons().stream().anyMatch(c ->
                            c.rule().kind() == DestinationRule.Kind.CHART && c.rule().column().equals(column))).findFirst());
            if (pick.isEmpty()) {
                continue;
            }
            EarData.Eccn e = pick.get();
            // Prefer a row without footnotes: then the columns alone decide whether a licence is needed.
            for (boolean x : List.of(true, false)) {
                Optional<EarData.ChartRow> row = plainRows().stream().filter(r -> r.x().contains(column) == x).findFirst()
                        .or(() -> rows().stream().filter(r -> r.x().contains(column) == x).findFirst());
                if (row.isEmpty()) {
                    continue;
                }
                String to = row.get().country();
                Determination d = us(to, e.code());
                assertThat(d.trace()).as(e.code() + " to " + to).anyMatch(s -> s.rule().equals(column + " (" + e.code() + ")")
                        && s.effect().startsWith(x ? "X for " + to : "no X for " + to));
                if (x) {
                    assertThat(d.licenceRequired()).as(e.code() + " to " + to).isTrue();
                } else if (row.get().footnotes().isEmpty() && chartOnly(e)) {
                    boolean anyX = e.reasons().stream().anyMatch(c -> row.get().x().contains(c.rule().column()));
                    assertThat(d.licenceRequired()).as(e.code() + " to " + to).isEqualTo(anyX);
                }
                seen.add(column + (x ? "+" : "-"));
            }
        }
        // Every column with and without an X, except AT1/AT2 with an X (only the embargoed rows, which carry none)
        // and CB1 without (every other row has it).
        assertThat(seen).as("columns exercised with and without X").hasSizeGreaterThanOrEqualTo(COLUMNS.size() * 2 - 3);
    }

    @Test
    void everyChartOnlyEccnFollowsTheChartForEveryPlainDestination() {
        for (EarData.Eccn e : ear.eccns()) {
            if (!chartOnly(e)) {
                continue;
            }
            for (String to : List.of("CN", "FR", "SG", "BR", "AE", "VN", "MX")) {
                var row = ear.row(to).orElseThrow();
                boolean x = e.reasons().stream().anyMatch(c -> row.x().contains(c.rule().column()));
                assertThat(us(to, e.code()).licenceRequired()).as(e.code() + " to " + to).isEqualTo(x);
            }
        }
    }

    @Test
    void theLvsValueLimitIsInclusive() {
        BigDecimal limit = ear.eccn("3C002").orElseThrow().lvsLimit();
        assertThat(us("SG", "3C002", limit.toPlainString()).licenceOptions()).contains("LVS");
        assertThat(us("SG", "3C002", limit.add(new BigDecimal("0.01")).toPlainString()).licenceOptions())
                .doesNotContain("LVS");
        assertThat(us("SG", "3C002").licenceOptions()).as("no value given").doesNotContain("LVS");
        assertThat(engine.determine(ExportRequest.of("US", "SG", "3C002", DAY).withValue(new BigDecimal("100"), "EUR"))
                .licenceOptions()).as("not converted").doesNotContain("LVS");
    }

    @Test
    void gbsGoesOnlyToCountryGroupB() {
        int inB = 0;
        int outB = 0;
        for (EarData.ChartRow row : plainRows()) {
            if (!row.x().contains("NS2") || row.x().contains("AT1") || !Countries.isValid(row.country())) {
                continue;
            }
            boolean b = ear.inGroup("B", row.country());
            assertThat(us(row.country(), "3C002.a.1").licenceOptions()).as(row.country()).matches(o -> o.contains("GBS") == b);
            if (b) {
                inB++;
            } else {
                outB++;
            }
        }
        assertThat(inB).isPositive();
        assertThat(outB).isPositive();
    }

    @Test
    void tsrAndStaAreOfferedOnlyWhereFlaggedAndAsCheck() {
        EarData.Eccn tsr = ear.eccns().stream().filter(EarDeterminationTest::chartOnly)
                .filter(e -> e.flags().containsKey("TSR") && e.flags().get("TSR").status() == EntryFlag.Status.YES)
                .filter(e -> e.reasons().stream().allMatch(c -> c.reason().equals("NS") || c.reason().equals("AT")))
                .findFirst().orElseThrow();
        EarData.ChartRow bRow = plainRows().stream().filter(r -> ear.inGroup("B", r.country()))
                .filter(r -> tsr.reasons().stream().anyMatch(c -> r.x().contains(c.rule().column())))
                .filter(r -> tsr.reasons().stream().noneMatch(c -> c.reason().equals("AT") && r.x().contains(c.rule().column())))
                .findFirst().orElseThrow();
        Determination d = us(bRow.country(), tsr.code());
        assertThat(d.licenceOptions()).as(tsr.code() + " to " + bRow.country()).contains("TSR");
        assertThat(d.trace()).anyMatch(s -> s.rule().equals("TSR") && s.effect().startsWith("offered, CHECK"));
        EarData.Eccn noTsr = ear.eccns().stream().filter(EarDeterminationTest::chartOnly)
                .filter(e -> e.flags().containsKey("TSR") && e.flags().get("TSR").status() == EntryFlag.Status.NA)
                .filter(e -> e.reasons().stream().anyMatch(c -> bRow.x().contains(c.rule().column())))
                .findFirst().orElseThrow();
        assertThat(us(bRow.country(), noTsr.code()).licenceOptions()).doesNotContain("TSR");

        EarData.Eccn sta = ear.eccns().stream().filter(EarDeterminationTest::chartOnly)
                .filter(e -> e.flags().containsKey("STA") && e.flags().get("STA").status() != EntryFlag.Status.NA)
                .filter(e -> e.reasons().stream().allMatch(c -> c.reason().equals("NS") || c.reason().equals("AT")))
                .filter(e -> plainRows().stream().anyMatch(r -> ear.inGroup("A:5", r.country())
                        && e.reasons().stream().anyMatch(c -> c.reason().equals("NS") && r.x().contains(c.rule().column()))))
                .findFirst().orElseThrow();
        EarData.ChartRow a5 = plainRows().stream().filter(r -> ear.inGroup("A:5", r.country()))
                .filter(r -> sta.reasons().stream().anyMatch(c -> c.reason().equals("NS") && r.x().contains(c.rule().column())))
                .filter(r -> sta.reasons().stream().noneMatch(c -> c.reason().equals("AT") && r.x().contains(c.rule().column())))
                .findFirst().orElseThrow();
        Determination s = us(a5.country(), sta.code());
        assertThat(s.licenceOptions()).as(sta.code() + " to " + a5.country()).contains("STA");
        assertThat(s.trace()).anyMatch(t -> t.rule().equals("STA") && t.effect().startsWith("offered, CHECK"));
        // Where the flag rules STA out for the whole ECCN, or there is no flag, it is never offered.
        for (EarData.Eccn e : ear.eccns()) {
            EntryFlag f = e.flags().get("STA");
            if (chartOnly(e) && (f == null || f.status() == EntryFlag.Status.NA)) {
                assertThat(us(a5.country(), e.code()).licenceOptions()).as(e.code()).doesNotContain("STA");
            }
        }
    }

    @Test
    void section7402BarsEveryException() {
        ExportRequest sg = ExportRequest.of("US", "SG", "3C002.a.1", DAY).withValue(new BigDecimal("100"), "USD");
        assertThat(engine.determine(sg).licenceOptions()).contains("LVS", "GBS");
        Determination wmd = engine.determine(new ExportRequest("US", "SG", "3C002.a.1", null, null, DAY, EndUse.WMD, null,
                false, new BigDecimal("100"), "USD"));
        assertThat(wmd.licenceOptions()).containsExactly("LICENSE");
        assertThat(wmd.trace()).anyMatch(s -> s.rule().startsWith("§740.2") && s.source().contains("740.2"));
        EndUserFinding entity = new EndUserFinding("Some Institute", true, "bis:1", "BIS Entity List", "exact");
        assertThat(engine.determine(sg.withEndUser(entity)).licenceOptions()).containsExactly("LICENSE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CU", "IR", "KP", "SY"})
    void everyEmbargoRequiresALicenceForEar99TooAndBarsExceptions(String to) {
        Determination d = us(to, null);
        assertThat(d.licenceRequired()).isTrue();
        // Iran: exports subject to OFAC's ITSR are OFAC's to authorise (15 CFR 746.7(a)(2), sanctions.md §6).
        String option = to.equals("IR") ? "OFAC_LICENCE" : "LICENSE";
        assertThat(d.licenceOptions()).containsExactly(option);
        assertThat(d.trace()).anyMatch(s -> s.rule().startsWith("part 746"));
        assertThat(us(to, "3C002", "100").licenceOptions()).containsExactly(option);
    }

    @Test
    void eachFootnoteKind() {
        for (String to : List.of("RU", "BY")) {
            Determination d = us(to, "5A992");
            assertThat(d.licenceRequired()).as(to).isTrue();
            assertThat(d.trace()).anyMatch(s -> s.rule().equals("footnote 6") && s.source().contains("746.8"));
            assertThat(us(to, null).licenceRequired()).isTrue();
            assertThat(us(to, null).confidence()).isEqualTo(Confidence.CHECK);
        }
        Determination ua = us("UA", "3C002");
        assertThat(ua.trace()).anyMatch(s -> s.rule().startsWith("footnote") && s.effect().contains("Crimea"));
        assertThat(ua.confidence()).isEqualTo(Confidence.CHECK);
        // Footnote 7: India, RS column 2 for the entries it names; not for others.
        assertThat(ear.row("IN").orElseThrow().footnotes()).contains("7");
        assertThat(us("IN", "6A003.b.4.b").licenceRequired()).isTrue();
        assertThat(us("IN", "6A003.b.4.b").trace()).anyMatch(s -> s.rule().equals("footnote 7") && s.effect()
                .startsWith("licence required"));
        assertThat(us("IN", "6A003").confidence()).isEqualTo(Confidence.CHECK);
        assertThat(us("IN", "3C002").trace()).anyMatch(s -> s.rule().equals("footnote 7") && s.effect().startsWith("does not"));
        // Footnote 10: the firearms ECCNs it names, to the rows that carry it.
        String ten = ear.rows().stream().filter(r -> r.footnotes().contains("10")).findFirst().orElseThrow().country();
        assertThat(us(ten, "0A501").trace()).anyMatch(s -> s.rule().equals("footnote 10") && s.effect().startsWith("licence"));
        assertThat(us(ten, "0A501").licenceRequired()).isTrue();
        // The other footnotes are stated with their text.
        String three = ear.rows().stream().filter(r -> r.footnotes().contains("3")).findFirst().orElseThrow().country();
        assertThat(us(three, "3C002").trace()).anyMatch(s -> s.rule().equals("footnote 3") && s.effect().contains("0A919"));
        assertThat(us("FR", null).licenceRequired()).isFalse();
    }

    @Test
    void eachDestinationRuleWithoutAChartColumn() {
        // Worldwide: 3A090's RS.
        assertThat(us("FR", "3A090").licenceRequired()).isTrue();
        assertThat(us("FR", "3A090").trace()).anyMatch(s -> s.rule().startsWith("RS (3A090)") && s.effect().contains("worldwide"));
        // Except Canada: 0A503's CC.
        ControlReason cc = reason("0A503", "CC");
        assertThat(cc.rule().kind()).isEqualTo(DestinationRule.Kind.EVERY);
        assertThat(cc.rule().exceptCountries()).containsExactly("CA");
        assertThat(stepOf(us("CA", "0A503"), "CC (0A503)")).contains("no licence needed for CC");
        assertThat(stepOf(us("FR", "0A503"), "CC (0A503)")).contains("licence required for CC");
        // Named countries: China, Russia or Venezuela (and Hong Kong, as China).
        String named = eccnWith(r -> r.rule().countries().contains("VE"));
        for (String to : List.of("CN", "HK", "VE")) {
            assertThat(stepsOf(us(to, named), "RS (" + named + ")")).anyMatch(e -> e.contains("licence required for RS"));
        }
        assertThat(stepsOf(us("FR", named), "RS (" + named + ")")).allMatch(e -> !e.contains("licence required for RS"));
        // A group with a country: Macau or D:5.
        String macau = eccnWith(r -> r.rule().countries().contains("MO") && r.rule().groups().contains("D:5"));
        assertThat(stepsOf(us("MO", macau), "RS (" + macau + ")")).anyMatch(e -> e.contains("licence required for RS"));
        String d5 = ear.rows().stream().map(EarData.ChartRow::country).filter(c -> ear.inGroup("D:5", c)
                && !c.equals("MO")).findFirst().orElseThrow();
        assertThat(stepsOf(us(d5, macau), "RS (" + macau + ")")).anyMatch(e -> e.contains("licence required for RS"));
        // Groups with excepted groups: UAE, D:1, D:4, D:5 but not A:5/A:6.
        String uae = eccnWith(r -> r.rule().countries().contains("AE") && r.rule().exceptGroups().contains("A:5"));
        assertThat(stepsOf(us("AE", uae), "RS (" + uae + ")")).anyMatch(e -> e.contains("licence required for RS"));
        String excepted = ear.rows().stream().map(EarData.ChartRow::country).filter(c -> (ear.inGroup("D:1", c)
                || ear.inGroup("D:4", c) || ear.inGroup("D:5", c)) && (ear.inGroup("A:5", c) || ear.inGroup("A:6", c)))
                .findFirst().orElse(null);
        if (excepted != null) {
            DestinationRule rule = ear.eccn(uae).orElseThrow().reasons().stream().filter(r -> r.rule().countries()
                    .contains("AE")).findFirst().orElseThrow().rule();
            assertThat(rule.requires(excepted, Set.of(), g -> ear.inGroup(g, excepted))).isFalse();
        }
        // North Korea (AT), Iraq, Pakistan (RS).
        for (String country : List.of("KP", "IQ", "PK")) {
            String code = eccnWith(r -> r.rule().countries().equals(List.of(country)));
            assertThat(us(country, code).licenceRequired()).as(code + " to " + country).isTrue();
        }
        String iraq = eccnWith(r -> r.rule().countries().equals(List.of("IQ")));
        assertThat(stepsOf(us("FR", iraq), "RS (" + iraq + ")")).allMatch(e -> e.contains("no licence needed"));
        // UN controls (§746.1(b)): the chart's footnote-1 rows and D:5, conservatively; elsewhere none.
        String un = eccnWith(r -> r.reason().equals("UN") && r.rule().text().contains("746.1(b)"));
        DestinationRule unRule = ear.eccn(un).orElseThrow().reasons().stream().filter(r -> r.reason().equals("UN"))
                .findFirst().orElseThrow().rule();
        assertThat(unRule.kind()).isEqualTo(DestinationRule.Kind.DESTINATIONS);
        assertThat(stepOf(us("FR", un), "UN (" + un + ")")).contains("no licence needed for UN");
        String marked = unRule.countries().get(0);
        assertThat(ear.row(marked).orElseThrow().footnotes()).contains("1");
        Determination lb = us(marked, un);
        assertThat(stepOf(lb, "UN (" + un + ")")).contains("licence required for UN");
        assertThat(lb.confidence()).isEqualTo(Confidence.CHECK);
        // Unread text stays CHECK, licence possibly required.
        String unread = eccnWith(r -> r.rule().kind() == DestinationRule.Kind.UNREAD);
        ControlReason reason = ear.eccn(unread).orElseThrow().reasons().stream()
                .filter(r -> r.rule().kind() == DestinationRule.Kind.UNREAD).findFirst().orElseThrow();
        Determination d = us("FR", unread);
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(stepOf(d, reason.label() + " (" + unread + ")")).startsWith("CHECK");
    }

    @Test
    void paragraphLimitedReasonsApplyOnlyToTheirParagraphs() {
        ControlReason mt = ear.eccn("3A001").orElseThrow().reasons().stream().filter(r -> r.reason().equals("MT"))
                .findFirst().orElseThrow();
        assertThat(mt.paragraphs()).contains("3A001.a.1.a", "3A001.a.5.a", "3A001.z.2");
        ControlReason ns1 = ear.eccn("3A001").orElseThrow().reasons().stream()
                .filter(r -> r.label().equals("NS1")).findFirst().orElseThrow();
        assertThat(ns1.paragraphs()).containsExactly("3A001.b.2", "3A001.b.3");
        // 3A001.a.2 is in none of them: NS2 and AT only, confirmed.
        Determination a2 = us("CN", "3A001.a.2");
        assertThat(stepOf(a2, "MT1 (3A001.a.2)")).startsWith("does not apply");
        assertThat(stepOf(a2, "NS1 (3A001.a.2)")).startsWith("does not apply");
        assertThat(stepOf(a2, "NS2 (3A001.a.2)")).contains("licence required for NS");
        // 3A001.a.1.a is MT's paragraph (conditional: when usable in missiles): applied, CHECK.
        Determination a1a = us("CN", "3A001.a.1.a");
        assertThat(stepOf(a1a, "MT1 (3A001.a.1.a)")).contains("licence required for MT");
        assertThat(a1a.confidence()).isEqualTo(Confidence.CHECK);
        // The bare entry may be any paragraph: every reason, conservatively.
        assertThat(stepOf(us("CN", "3A001"), "MT1 (3A001)")).contains("licence required for MT").contains("conservatively");
    }

    @Test
    void encryptionControlsReachEveryDestinationButCanadaAndEncIsOfferedAsCheck() {
        ControlReason ei = ear.eccn("5A002").orElseThrow().reasons().stream().filter(r -> r.reason().equals("EI"))
                .findFirst().orElseThrow();
        assertThat(ei.rule().exceptCountries()).containsExactly("CA");
        assertThat(stepOf(us("CA", "5A002.a"), "EI (5A002.a)")).contains("no licence needed for EI");
        Determination fr = us("FR", "5A002.a");
        assertThat(stepOf(fr, "EI (5A002.a)")).contains("licence required for EI");
        assertThat(fr.licenceOptions()).contains("ENC", "LICENSE");
        assertThat(fr.optionConfidence().get(fr.licenceOptions().indexOf("ENC"))).isEqualTo(Confidence.CHECK);
        assertThat(us("CU", "5A002.a").licenceOptions()).as("§740.2: embargoed").doesNotContain("ENC");
    }

    @Test
    void theEntityListRequiresALicenceOtherListsAreACheck() {
        EndUserFinding entity = new EndUserFinding("Some Institute", true, "bis:1", "BIS Entity List", "exact");
        Determination d = engine.determine(ExportRequest.of("US", "FR", null, DAY).withEndUser(entity));
        assertThat(d.licenceRequired()).isTrue();
        assertThat(d.licenceOptions()).containsExactly("LICENSE");
        assertThat(d.trace()).anyMatch(s -> s.source().contains("744.11"));
        EndUserFinding sdn = new EndUserFinding("Some Company", true, "ofac:1", "OFAC SDN", "exact");
        Determination o = engine.determine(ExportRequest.of("US", "FR", null, DAY).withEndUser(sdn));
        assertThat(o.licenceRequired()).isFalse();
        assertThat(o.confidence()).isEqualTo(Confidence.CHECK);
        assertThat(o.trace()).anyMatch(s -> s.effect().startsWith("CHECK") && s.effect().contains("OFAC SDN")
                && !s.source().contains("744.11"));
    }

    @Test
    void aWmdEndUseRequiresALicenceForAnyItemAsACheck() {
        for (String item : new String[] {null, "3C002"}) {
            ExportRequest civil = ExportRequest.of("US", "FR", item, DAY);
            assertThat(engine.determine(civil).licenceRequired()).as(item).isFalse();
            Determination wmd = engine.determine(new ExportRequest("US", "FR", item, null, null, DAY, EndUse.WMD, null,
                    false));
            assertThat(wmd.licenceRequired()).as(item).isTrue();
            assertThat(wmd.licenceOptions()).containsExactly("LICENSE");
            assertThat(wmd.confidence()).isEqualTo(Confidence.CHECK);
            assertThat(wmd.trace()).anyMatch(s -> s.source().contains("744.2") && s.effect().startsWith("licence required"));
        }
    }

    @Test
    void datesBeforeTheDataAndUnknownEccnsAreRefused() {
        assertThatThrownBy(() -> engine.determine(ExportRequest.of("US", "FR", "3C002", LocalDate.parse("2026-07-22"))))
                .isInstanceOf(BadRequestException.class).extracting("field").isEqualTo("date");
        assertThatThrownBy(() -> us("FR", "3C099")).hasMessageContaining("3C099: not an entry of the Commerce Control List");
        assertThat(us("FR", "EAR99").licenceRequired()).isFalse();
    }

    @Test
    void japanAndKoreaAnswerAsBefore() {
        assertThat(engine.determine(ExportRequest.of("JP", "KR", "3C002.a.2", LocalDate.parse("2019-07-10")))
                .licenceOptions()).containsExactly("INDIVIDUAL");
    }

    private ControlReason reason(String eccn, String reason) {
        return ear.eccn(eccn).orElseThrow().reasons().stream().filter(r -> r.reason().equals(reason)).findFirst()
                .orElseThrow();
    }

    private String eccnWith(java.util.function.Predicate<ControlReason> p) {
        return ear.eccns().stream().filter(e -> e.reasons().stream().anyMatch(p)).findFirst().orElseThrow().code();
    }

    private static String stepOf(Determination d, String rule) {
        return d.trace().stream().filter(s -> s.rule().equals(rule)).findFirst().orElseThrow().effect();
    }

    private static List<String> stepsOf(Determination d, String rule) {
        List<String> out = d.trace().stream().filter(s -> s.rule().equals(rule)).map(TraceStep::effect).toList();
        assertThat(out).as(rule).isNotEmpty();
        return out;
    }
}
