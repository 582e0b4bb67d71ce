package dev.clearance.matching;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.determination.EndUserFinding;
import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;
import dev.clearance.regime.ListEffect;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An end user on several lists keeps each list's best hit, best first, so the engine reads every list's effect. */
class EndUserCheckTest {
    private static ListEntry entry(String source, String id, String list, String effect, String name) {
        return new ListEntry(source, id, list, EntityType.ORGANIZATION, List.of(new ListEntry.Name(name,
                ListEntry.Name.Kind.PRIMARY)), List.of(), List.of(), List.of(), List.of(), "", ListEffect.parse(effect));
    }

    @Test
    void everyListsBestHitIsKeptNotOnlyTheTopOne() {
        Screener screener = Screener.of(List.of(
                entry("own", "1", "Own watch list", "screening", "Argut OOO"),
                entry("own", "2", "Own watch list", "screening", "Argut Trading OOO"),
                entry("meti", "9", "METI specific organisations", "export-ban:JP", "Argut Limited Liability Company"),
                entry("other", "5", "Unrelated", "licence:US", "Rosatom")));
        EndUserFinding f = EndUserCheck.find(screener, "Argut OOO", "three lists");
        assertThat(f.listed()).isTrue();
        assertThat(f.hits()).as("one hit per list, the best first").hasSize(2)
                .extracting(EndUserFinding.Hit::list).containsExactlyInAnyOrder("Own watch list",
                        "METI specific organisations");
        assertThat(f.hits().get(0).entryId()).isEqualTo(f.entryId());
        assertThat(f.hits()).anyMatch(h -> h.entryId().equals("meti:9")
                && h.effect().kind() == ListEffect.Kind.EXPORT_BAN);
        assertThat(f.hits()).anyMatch(h -> h.entryId().equals("own:1") && h.effect().kind() == ListEffect.Kind.SCREENING);
        EndUserFinding none = EndUserCheck.find(screener, "Completely Different Gmbh Name", "three lists");
        assertThat(none.listed()).isFalse();
        assertThat(none.hits()).isEmpty();
    }
}
