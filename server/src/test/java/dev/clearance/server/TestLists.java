package dev.clearance.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small hand-made list (FollowTheMoney JSON lines) and the lists file naming it, so tests need no shared data. */
final class TestLists {
    private TestLists() {
    }

    static final String BASE = String.join("\n",
            "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ivan Petrovich Sidorov\"],\"country\":[\"ru\"],\"birthDate\":[\"1960-05-01\"]}}",
            "{\"id\":\"p2\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Boris Nikolaevich Kuznetsov\"],\"country\":[\"ru\"]}}",
            "{\"id\":\"o1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Volga Precision Instruments\"],\"country\":[\"ru\"]}}",
            "{\"id\":\"o2\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Eastern Star Trading Company\"],\"country\":[\"kp\"]}}",
            "");

    /** Writes the list and {@code lists.yaml} into {@code dir}; returns the lists file. */
    static Path write(Path dir, String ftm) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("test-list.jsonl"), ftm);
        Path yaml = dir.resolve("lists.yaml");
        Files.writeString(yaml, "lists:\n  - name: test\n    format: ftm-json\n    path: test-list.jsonl\n");
        return yaml;
    }
}
