package dev.clearance.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The commented lists file written on first start, so a new user sees the format where it is read. */
final class ListsTemplate {
    private static final String TEXT = """
            # Lists to screen against: name, format and one or more paths (relative to this file) or URLs.
            # Formats: ofac-csv, ofac-xml, un-xml, eu-xml, eu-journal-csv, csl-csv, csl-json, uk-csv, meti-txt, ftm-json.
            # After editing: POST /api/lists/reload (admin), or restart the server.
            #
            # A load that fails, yields no entries or loses more than maxShrink of a list's entries is refused and
            # the last good version stays in use. Lists with a url are fetched (conditional GET) every updateEvery
            # and by POST /api/lists/update or `clearance lists update`; a new version is kept only when the content
            # changed, with its delta (GET /api/lists/NAME/versions/ID/delta).
            # maxShrink: 0.10          # share of entries a new version may lose before it is refused
            # maxAge: P7D              # a list not confirmed from its source for longer is reported stale
            # updateEvery: PT12H       # PT0S: no scheduled update
            # allowHosts: []           # hosts a url may name although they resolve to private or loopback addresses
            lists: []
            #  - name: un
            #    format: un-xml
            #    path: ../../shared/data/lists/un_consolidated_2025-11-20.xml
            #  - name: meti-russia
            #    format: meti-txt
            #    path: ../../shared/data/lists/jp_meti_russia_tokutei_2025-09-12.txt
            #    effect: export-ban:JP  # what a hit means: export-ban, catch-all, licence, blocking or screening
            #                           # [:ISSUER]; without it, the format's default (meti-txt: export-ban:JP)
            #
            # The publishers' official downloads (uncomment to fetch them; nothing is fetched until you do):
            #  - name: un
            #    format: un-xml
            #    url: https://scsanctions.un.org/resources/xml/en/consolidated.xml
            #  - name: ofac-sdn
            #    format: ofac-csv
            #    urls:
            #      - https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.CSV
            #      - https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ALT.CSV
            #      - https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/ADD.CSV
            #  - name: ofac-non-sdn
            #    format: ofac-csv
            #    urls:
            #      - https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_PRIM.CSV
            #      - https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ALT.CSV
            #      - https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONS_ADD.CSV
            #  - name: eu-fsf
            #    format: eu-xml
            #    url: https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw
            #  - name: uk-ofsi
            #    format: uk-csv
            #    url: https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv
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
