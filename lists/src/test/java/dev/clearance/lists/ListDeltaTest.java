package dev.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListDeltaTest {

    private static ListEntry entry(String id, String name, String country, String... ids) {
        return new ListEntry("t", id, "t", EntityType.PERSON, List.of(new ListEntry.Name(name, ListEntry.Name.Kind.PRIMARY)),
                List.of(country), List.of(), java.util.Arrays.stream(ids).map(v -> new ListEntry.Identifier("passport", v)).toList(),
                List.of("P1"), "");
    }

    @Test
    void addedChangedAndRemovedAreFoundByIdAndFingerprint() {
        List<ListEntry> before = List.of(entry("1", "Ivan Petrov", "RU"), entry("2", "Boris Orlov", "RU"),
                entry("3", "Anna Smirnova", "RU", "X1"));
        List<ListEntry> after = List.of(entry("1", "Ivan Petrov", "RU"), entry("3", "Anna Smirnova", "RU", "X2"),
                entry("4", "Oleg Ivanov", "BY"));
        ListDelta d = ListDelta.between(ListDelta.fingerprints(before), ListDelta.fingerprints(after));
        assertThat(d.added()).containsExactly("t:4");
        assertThat(d.changed()).containsExactly("t:3");
        assertThat(d.removed()).containsExactly("t:2");
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void aFirstVersionAddsEverythingAndAnUnchangedOneIsEmpty() {
        List<ListEntry> v = List.of(entry("1", "Ivan Petrov", "RU"), entry("2", "Boris Orlov", "RU"));
        assertThat(ListDelta.between(Map.of(), ListDelta.fingerprints(v)).added()).containsExactly("t:1", "t:2");
        assertThat(ListDelta.between(ListDelta.fingerprints(v), ListDelta.fingerprints(v)).isEmpty()).isTrue();
    }

    @Test
    void theFingerprintSeesEveryMatchedFieldButNotOrderOrRemarks() {
        ListEntry a = new ListEntry("t", "1", "t", EntityType.PERSON,
                List.of(new ListEntry.Name("A B", ListEntry.Name.Kind.PRIMARY), new ListEntry.Name("C D", ListEntry.Name.Kind.ALIAS)),
                List.of("RU", "BY"), List.of("1960"), List.of(), List.of(), "old remark");
        ListEntry reordered = new ListEntry("t", "1", "t", EntityType.PERSON,
                List.of(new ListEntry.Name("C D", ListEntry.Name.Kind.ALIAS), new ListEntry.Name("A B", ListEntry.Name.Kind.PRIMARY)),
                List.of("BY", "RU"), List.of("1960"), List.of(), List.of(), "new remark");
        assertThat(ListDelta.fingerprint(reordered)).isEqualTo(ListDelta.fingerprint(a));
        ListEntry otherDob = new ListEntry("t", "1", "t", EntityType.PERSON, a.names(), a.countries(), List.of("1961"),
                List.of(), List.of(), "");
        ListEntry otherType = new ListEntry("t", "1", "t", EntityType.ORGANIZATION, a.names(), a.countries(),
                a.birthDates(), List.of(), List.of(), "");
        assertThat(ListDelta.fingerprint(otherDob)).isNotEqualTo(ListDelta.fingerprint(a));
        assertThat(ListDelta.fingerprint(otherType)).isNotEqualTo(ListDelta.fingerprint(a));
    }
}
