package dev.clearance.impact;

import dev.clearance.regime.read.DataNode;
import dev.clearance.regime.Period;
import dev.clearance.regime.Regime;
import dev.clearance.regime.Regimes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a scenario file (YAML or JSON) and validates it against the regime it changes, as strictly as
 * regime data: unknown fields, bad dates, empty intervals, unknown countries, groups, entries, licence
 * types and measures are errors naming the file and the path (a Country Chart regime, the US EAR, takes every change
 * but move-country: its chart's columns, not its Country Groups alone, decide; so a US scenario may add or lift
 * sanctions measures and item-destination measures), e.g.
 * {@code scenario.yaml: changes[2].country: unknown ISO 3166-1 alpha-2 country code 'XX'}.
 *
 * <pre>
 * jurisdiction: JP
 * title: Korea back to Group A in 2020
 * changes:
 *   - {kind: move-country, country: KR, leave: B, join: A, from: 2020-01-01, rationale: "what if"}
 *   - {kind: lift-measure, measure: JP-2019-07-04-KR-THREE-ITEMS, from: 2020-01-01, source: "..."}
 *   - {kind: add-measure, code: X, title: "...", items: [{entry: 2B001}], destinations: [CN],
 *      from: 2020-01-01, allowedLicences: [INDIVIDUAL], reviewDays: 60, source: "..."}
 *   - {kind: change-processing, licence: INDIVIDUAL, group: B, from: 2020-01-01, reviewDays: 30, source: "..."}
 *   - {kind: add-sanctions, code: X, title: "...", destinations: [CN], items: {kind: listed}, effect: prohibited,
 *      from: 2027-01-01, source: "..."}   (a measure as regimes/sanctions/*.yaml writes it)
 *   - {kind: lift-sanctions, measure: KR-RU-STRATEGIC, from: 2027-01-01, source: "..."}
 * </pre>
 */
public final class ScenarioLoader {
    private static final Set<String> KINDS = Set.of("move-country", "add-measure", "lift-measure",
            "change-processing", "add-sanctions", "lift-sanctions");

    private ScenarioLoader() {
    }

    /** Reads a scenario file, checking it against the regime it names among {@code regimes}. */
    public static Scenario load(Path file, Regimes regimes) throws IOException {
        return parse(file.getFileName().toString(), Files.readAllBytes(file), regimes);
    }

    /** Reads a scenario from bytes; {@code name} is used in errors. */
    public static Scenario parse(String name, byte[] bytes, Regimes regimes) {
        DataNode top = DataNode.parse(name, bytes).allow(Set.of("jurisdiction", "title", "source", "changes"));
        String jurisdiction = top.text("jurisdiction");
        Regime regime = regimes.get(jurisdiction).orElseThrow(() -> top.error("jurisdiction",
                "no regime for '" + jurisdiction + "' (known: "
                        + String.join(", ", regimes.all().stream().map(Regime::jurisdiction).toList()) + ")"));
        ScenarioChecks checks = new ScenarioChecks(regime);
        List<ScenarioChange> changes = new ArrayList<>();
        for (DataNode c : top.list("changes")) {
            if (regime.ear() != null && c.optText("kind", "").equals("move-country")) {
                // A Country Chart regime (the EAR) decides by the chart's columns per country; moving a country
                // between Country Groups would change its licence exceptions but not its chart row: a partial
                // change shown as a whole one. Sanctions, measures and processing apply as in any regime.
                throw c.error("kind", "a scenario cannot move a country between the " + jurisdiction + " Country"
                        + " Groups: its answers come from the Country Chart's columns, which scenarios do not replace"
                        + " (add-sanctions, lift-sanctions, add-measure, lift-measure and change-processing apply)");
            }
            changes.add(change(c, checks));
        }
        return new Scenario(name, jurisdiction, top.text("title"), changes);
    }

    private static ScenarioChange change(DataNode c, ScenarioChecks checks) {
        String kind = c.text("kind");
        if (!KINDS.contains(kind)) {
            throw c.error("kind", "expected one of " + String.join(", ", new java.util.TreeSet<>(KINDS)) + ": '"
                    + kind + "'");
        }
        return switch (kind) {
            case "move-country" -> {
                c.allow(Set.of("kind", "country", "leave", "join", "from", "source", "rationale"));
                String country = ScenarioChecks.country(c.get("country"));
                String leave = c.has("leave") ? checks.memberGroup(c.get("leave")) : null;
                String join = c.has("join") ? checks.memberGroup(c.get("join")) : null;
                if (leave == null && join == null) {
                    throw c.error("a move names the group it leaves (leave), joins (join), or both");
                }
                LocalDate from = c.date("from");
                if (leave != null) {
                    checks.requireMember(c.get("leave"), leave, country, from);
                }
                yield new ScenarioChange.MoveCountry(country, leave, join, from, source(c));
            }
            case "add-measure" -> new ScenarioChange.AddMeasure(checks.measure(c, source(c)));
            case "add-sanctions" -> new ScenarioChange.AddSanctions(checks.sanctions(c));
            case "lift-sanctions" -> {
                c.allow(Set.of("kind", "measure", "from", "source", "rationale"));
                String code = checks.sanctionsCode(c.get("measure"));
                LocalDate from = c.date("from");
                yield new ScenarioChange.LiftSanctions(code, from, source(c));
            }
            case "lift-measure" -> {
                c.allow(Set.of("kind", "measure", "from", "source", "rationale"));
                String code = checks.measureCode(c.get("measure"));
                LocalDate from = c.date("from");
                checks.requireInForceOrLater(c, code, from);
                yield new ScenarioChange.LiftMeasure(code, from, source(c));
            }
            default -> {
                c.allow(Set.of("kind", "licence", "group", "from", "to", "reviewDays", "documents", "source",
                        "rationale"));
                String licence = checks.licence(c.get("licence"));
                String group = c.has("group") ? checks.group(c.get("group")) : null;
                c.date("from");
                Period period = c.period();
                Integer review = c.optInt("reviewDays");
                Integer documents = c.optInt("documents");
                if (review == null && documents == null) {
                    throw c.error("a processing change gives reviewDays, documents, or both");
                }
                yield new ScenarioChange.ChangeProcessing(licence, group, period, review, documents, source(c));
            }
        };
    }

    /** The change's source, or its rationale marked as supposed: a scenario fact never goes unexplained. */
    static String source(DataNode c) {
        String source = c.optText("source", null);
        String rationale = c.optText("rationale", null);
        if ((source == null || source.isBlank()) && (rationale == null || rationale.isBlank())) {
            throw c.error("source", "required: give a source or a rationale for the change");
        }
        if (source == null || source.isBlank()) {
            return "scenario " + c.file() + ": " + rationale;
        }
        return rationale == null || rationale.isBlank() ? source : source + " (rationale: " + rationale + ")";
    }
}
