package dev.clearance.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clearance.application.lists.ListsConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lists file written on first start fetches nothing, and its official downloads parse once uncommented. */
class ListsTemplateTest {
    @TempDir
    Path dir;

    @Test
    void theTemplateFetchesNothingUntilTheOfficialDownloadsAreUncommented() throws Exception {
        Path file = dir.resolve("lists.yaml");
        ListsTemplate.write(file);
        ListsConfig.Config fresh = ListsConfig.readConfig(file);
        assertThat(fresh.lists()).isEmpty();
        assertThat(fresh.settings()).isEqualTo(ListsConfig.Settings.DEFAULTS);

        String text = Files.readString(file);
        String official = text.substring(text.indexOf("# The publishers' official downloads"));
        String uncommented = "maxShrink: 0.05\nupdateEvery: PT6H\nlists:\n" + official.lines().skip(1)
                .map(l -> l.replaceFirst("^#", "")).reduce("", (a, b) -> a + b + "\n");
        Files.writeString(file, uncommented);
        ListsConfig.Config config = ListsConfig.readConfig(file);
        assertThat(config.lists()).extracting(ListsConfig.ListSpec::name)
                .containsExactly("un", "ofac-sdn", "ofac-non-sdn", "eu-fsf", "uk-ofsi");
        assertThat(config.lists()).allSatisfy(l -> assertThat(l.locations()).allMatch(ListsConfig::isUrl));
        assertThat(config.lists().get(1).locations()).hasSize(3);
        assertThat(config.settings().maxShrink()).isEqualTo(0.05);
        assertThat(config.settings().updateEvery()).isEqualTo(Duration.ofHours(6));
    }
}
