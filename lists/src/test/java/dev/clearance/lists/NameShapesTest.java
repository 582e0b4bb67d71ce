package dev.clearance.lists;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameShapesTest {
    private static List<String> parts(String name) {
        return NameShapes.split(name).stream().map(p -> p.name() + (p.acronym() ? " [acronym]" : "")).toList();
    }

    @Test
    void aParentheticalDescriptorOrAcronymIsANameOfItsOwn() {
        assertThat(parts("Rostec (Russian Technologies State Corporation)"))
                .containsExactly("Rostec", "Russian Technologies State Corporation");
        assertThat(parts("Rosoboronexport OJSC (ROE)")).containsExactly("Rosoboronexport OJSC", "ROE [acronym]");
        assertThat(parts("Radiotechnical and Information Systems (RTI) Concern"))
                .containsExactly("Radiotechnical and Information Systems Concern", "RTI [acronym]");
    }

    @Test
    void anotherNameAfterAlsoKnownAsTradingAsOrFormerly() {
        assertThat(parts("Northgate Supplies Ltd t/a Rosoboronexport")).containsExactly("Northgate Supplies Ltd", "Rosoboronexport");
        assertThat(parts("ACME LLC d/b/a Blue Star")).containsExactly("ACME LLC", "Blue Star");
        assertThat(parts("ACME LLC, also known as Blue Star")).containsExactly("ACME LLC", "Blue Star");
        assertThat(parts("ACME LLC (formerly Blue Star Ltd)")).containsExactly("ACME LLC", "Blue Star Ltd");
        assertThat(parts("ACME LLC f/k/a Blue Star")).containsExactly("ACME LLC", "Blue Star");
        assertThat(parts("ACME LLC trading as Blue Star")).containsExactly("ACME LLC", "Blue Star");
    }

    @Test
    void aPlaceOrANumberInBracketsQualifiesTheNameAndIsNotSplitOff() {
        assertThat(parts("Huawei Technologies (Hong Kong) Co., Ltd.")).isEmpty();
        assertThat(parts("Bluestar Electronics (HK) Limited")).isEmpty();
        assertThat(parts("Sirius (Russia)")).isEmpty();
        assertThat(parts("Fund (2)")).isEmpty();
        assertThat(parts("Acme Trading")).isEmpty();
        // "aka" and "dba" alone may be words of a name: only their dotted or slashed forms introduce another name
        assertThat(parts("Aka Holdings")).isEmpty();
    }

    @Test
    void theEntryBuilderKeepsTheNameAsPublishedAndAddsItsParts() {
        EntryBuilder b = new EntryBuilder("meti", "russia-36", "METI");
        b.name("Rosoboronexport OJSC (ROE)", ListEntry.Name.Kind.PRIMARY);
        ListEntry e = b.type(EntityType.ORGANIZATION).build();
        assertThat(e.names()).containsExactly(
                new ListEntry.Name("Rosoboronexport OJSC (ROE)", ListEntry.Name.Kind.PRIMARY),
                new ListEntry.Name("Rosoboronexport OJSC", ListEntry.Name.Kind.ALIAS),
                new ListEntry.Name("ROE", ListEntry.Name.Kind.WEAK_ALIAS));
    }

    @Test
    void placesAreCountriesOrPlacesOfTheTable() {
        assertThat(Places.isPlace("Hong Kong")).isTrue();
        assertThat(Places.isPlace("HK")).isTrue();
        assertThat(Places.isPlace("Shenzhen")).isTrue();
        assertThat(Places.isPlace("Germany")).isTrue();
        assertThat(Places.isPlace("ROE")).isFalse();
        assertThat(Places.all()).allMatch(p -> !p.isEmpty());
    }
}
