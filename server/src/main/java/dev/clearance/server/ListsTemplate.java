package dev.clearance.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The commented lists file written on first start, so a new user sees the format where it is read. */
final class ListsTemplate {
    private static final String TEXT = """
            # Lists to screen against: name, format and one or more paths (relative to this file) or a URL.
            # Formats: ofac-csv, ofac-xml, un-xml, eu-xml, eu-journal-csv, csl-csv, csl-json, uk-csv, meti-txt, ftm-json.
            # After editing: POST /api/lists/reload (admin), or restart the server.
            lists: []
            #  - name: un
            #    format: un-xml
            #    path: ../../shared/data/lists/un_consolidated_2025-11-20.xml
            #  - name: ofac-sdn
            #    format: ofac-csv
            #    paths: [SDN.CSV, ALT.CSV, ADD.CSV]
            #  - name: meti-russia
            #    format: meti-txt
            #    path: ../../shared/data/lists/jp_meti_russia_tokutei_2025-09-12.txt
            """;

    private ListsTemplate() {
    }

    static void write(Path file) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, TEXT, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lists template " + file, e);
        }
    }
}
