package dev.clearance.matching;

import dev.clearance.lists.EntityType;
import dev.clearance.lists.ListEntry;

import java.util.ArrayList;
import java.util.List;

/** Hand-made list entries for tests. */
final class Entries {
    private Entries() {
    }

    static ListEntry person(String id, String... names) {
        return entry(id, EntityType.PERSON, List.of(), List.of(), names);
    }

    static ListEntry organisation(String id, String... names) {
        return entry(id, EntityType.ORGANIZATION, List.of(), List.of(), names);
    }

    static ListEntry entry(String id, EntityType type, List<String> countries, List<String> dobs, String... names) {
        List<ListEntry.Name> ns = new ArrayList<>();
        for (String n : names) {
            ns.add(new ListEntry.Name(n, ns.isEmpty() ? ListEntry.Name.Kind.PRIMARY : ListEntry.Name.Kind.ALIAS));
        }
        return new ListEntry("test", id, "Test list", type, ns, countries, dobs, List.of(), List.of(), "");
    }

    /**
     * OFAC SDN entry 306, Banco Nacional de Cuba, as one snapshot of the list holds it: two snapshots (two loaded
     * files) hold the same entry, a later one with more names.
     *
     * @param added the names this snapshot has beside the primary name
     */
    static ListEntry bancoNacionalDeCuba(ListEntry.Name... added) {
        List<ListEntry.Name> names = new ArrayList<>(List.of(new ListEntry.Name("Banco Nacional de Cuba",
                ListEntry.Name.Kind.PRIMARY)));
        names.addAll(List.of(added));
        return new ListEntry("ofac", "306", "OFAC SDN", EntityType.ORGANIZATION, names, List.of("CU"), List.of(),
                List.of(), List.of("CUBA"), "");
    }

    /** A mixed list: the parties the tests look for, and look-alikes that must not crowd them out. */
    static List<ListEntry> sample() {
        return List.of(
                person("putin", "Vladimir Vladimirovich Putin"),
                person("lavrov", "Sergey Viktorovich Lavrov"),
                person("ladin", "Usama bin Laden"),
                person("xi", "Xi Jinping"),
                person("kim", "Kim Jong Un"),
                organisation("gazprom", "Gazprom Neft JSC"),
                organisation("rosatom", "Rosatom"),
                organisation("argument", "JSC Argument"),
                organisation("murom", "Муромский приборостроительный завод"),
                organisation("toyota-jp", "トヨタ"),
                person("shoigu-ru", "Сергей Шойгу"),
                person("nasr-ar", "حسن نصر"),
                person("mao-zh", "毛泽东"),
                person("kimyojong-ko", "김여정"),
                person("smith", "John Robert Smith"),
                person("smyth", "Peter Smyth"),
                person("ivanov", "Ivan Ivanovich Ivanov"),
                organisation("bank", "Bank of Commerce Limited"));
    }
}
