package dev.clearance.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/** Test helpers: fixture paths and entry look-up. */
final class Fixtures {
    private Fixtures() {
    }

    static Path fixture(String relative) {
        try {
            return Path.of(Fixtures.class.getResource("/lists/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test fixture lists/" + relative, e);
        }
    }

    static LoadResult load(ListFormat format, String... relative) {
        return format.load(java.util.Arrays.stream(relative).map(Fixtures::fixture).toList());
    }

    static ListEntry entry(LoadResult r, String id) {
        return r.entries().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id + " in " + r.entries().stream().map(ListEntry::id).toList()));
    }

    static List<String> names(ListEntry e, ListEntry.Name.Kind kind) {
        return e.names().stream().filter(n -> n.kind() == kind).map(ListEntry.Name::value).toList();
    }

    static List<String> schemes(ListEntry e, String scheme) {
        return e.identifiers().stream().filter(i -> i.scheme().equals(scheme)).map(ListEntry.Identifier::value).toList();
    }

    static void problemAt(LoadResult r, String fileEnd, long line, String text) {
        assertThat(r.problems()).anySatisfy(p -> {
            assertThat(p.file()).endsWith(fileEnd);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(text);
        });
    }
}
