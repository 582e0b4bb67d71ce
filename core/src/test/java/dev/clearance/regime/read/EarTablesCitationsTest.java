package dev.clearance.regime.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clearance.regime.ControlReason;
import dev.clearance.regime.EarData;
import dev.clearance.regime.RegimeDataException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The EAR tables' citations are their metadata's: read as written, and what the answers' sources say. */
class EarTablesCitationsTest {
    private static final String META = """
            source: tables
            groups: groups
            embargoes: embargoes
            entries: entries
            chartRule: chart rule
            chart: the chart
            footnote: footnote
            ruleNotes:
              - {mentions: "1.1", note: first}
              - {mentions: "1", note: second}
            """;

    private static EarData.Citations citations(String yaml) {
        return EarTables.citations(DataNode.parse("tables.yaml", yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theMetadataIsReadAsWrittenAndTheFirstMentionedSectionGivesTheNote() {
        EarData.Citations c = citations(META);
        assertThat(List.of(c.tables(), c.groups(), c.embargoes(), c.entries(), c.chartRule(), c.chart(), c.footnote()))
                .containsExactly("tables", "groups", "embargoes", "entries", "chart rule", "the chart", "footnote");
        assertThat(c.ruleNote("see 1.1(a)")).isEqualTo(" (first)");
        assertThat(c.ruleNote("see 1.2")).isEqualTo(" (second)");
        assertThat(c.ruleNote("see 2")).isEmpty();
    }

    @Test
    void aMissingCitationAndADuplicateSectionAreRefusedByField() {
        assertThatThrownBy(() -> citations(META.replace("chart: the chart\n", ""))).isInstanceOf(RegimeDataException.class)
                .hasMessageContaining("chart");
        assertThatThrownBy(() -> citations(META.replace("\"1\"", "\"1.1\""))).isInstanceOf(RegimeDataException.class)
                .hasMessageContaining("ruleNotes[1].mentions");
    }

    @Test
    void theBundledReasonsCiteTheMetadata() {
        EarData ear = RegimeData.ear();
        Map<String, String> notes = ear.citations().ruleNotes();
        assertThat(notes).isNotEmpty();
        List<ControlReason> reasons = ear.eccns().stream().flatMap(e -> e.reasons().stream()).toList();
        assertThat(reasons).allSatisfy(r -> assertThat(r.source()).startsWith(ear.citations().entries() + ", "));
        notes.forEach((section, note) -> assertThat(reasons).as(section)
                .anySatisfy(r -> assertThat(r.source()).endsWith(" (" + note + ")")));
    }
}
