package dev.clearance.lists;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvTable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * One load in progress: the entries and problems so far, and the files' digests. {@link #readFile}
 * turns every failure reading a file into a {@link LoadProblem} naming it.
 */
final class LoadContext {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final List<ListEntry> entries = new ArrayList<>();
    private final List<LoadProblem> problems = new ArrayList<>();
    private final List<byte[]> digests = new ArrayList<>();

    /** Reads one file's content. */
    interface FileBody {
        void read(Input in) throws Exception;
    }

    /** What to do with one row of a headed CSV; {@code return} skips the rest of the row. */
    interface RowHandler {
        void row(CsvTable.Row row) throws IOException;
    }

    /** Streams a headed CSV, refusing (as problems with their line) rows wider than the header. */
    void forEachRow(Input in, List<String> required, RowHandler handler) throws IOException {
        try (CsvTable table = CsvTable.open(in.name, in.reader(), required)) {
            int width = table.header().size();
            for (CsvTable.Row row = next(table); row != null; row = next(table)) {
                if (row.fields().size() > width) {
                    problem(in.name, row.line(), "expected " + width + " fields, found " + row.fields().size());
                } else {
                    handler.row(row);
                }
            }
        }
    }

    /** The next row the table can read; a row it cannot (e.g. an unclosed quote) is a problem, and reading goes on. */
    private CsvTable.Row next(CsvTable table) throws IOException {
        while (true) {
            try {
                return table.next();
            } catch (CsvException e) {
                problem(e);
            }
        }
    }

    /** The next record the reader can read; a record it cannot is a problem naming its line, and reading goes on. */
    dev.clearance.csv.CsvRecord next(dev.clearance.csv.CsvReader csv) throws IOException {
        while (true) {
            try {
                return csv.next();
            } catch (CsvException e) {
                problem(e);
            }
        }
    }

    private void problem(CsvException e) {
        problem(e.file(), e.line(), e.reason());
    }

    void add(ListEntry entry) {
        entries.add(entry);
    }

    /** Builds and adds the entry, or records a problem when it cannot be built (e.g. it has no name). */
    void add(EntryBuilder b, String file, long line) {
        if (!b.hasNames()) {
            problem(file, line, "entry " + b.source + ":" + b.nativeId + " has no name: skipped");
            return;
        }
        entries.add(b.build());
    }

    void problem(String file, long line, String message) {
        problems.add(new LoadProblem(file, line, message));
    }

    int problemCount() {
        return problems.size();
    }

    /**
     * Reads a file with {@code body}: as UTF-8 first and, when it is not UTF-8, again as windows-1252
     * (older publisher files). Whatever goes wrong becomes a problem naming the file.
     */
    void readFile(Path path, FileBody body) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            problem(name, 0, "is a directory, not a list file");
            return;
        }
        int entryMark = entries.size();
        int problemMark = problems.size();
        try {
            try {
                readOnce(path, StandardCharsets.UTF_8, body);
            } catch (CharacterCodingException e) {
                truncate(entryMark, problemMark);
                readOnce(path, WINDOWS_1252, body);
            }
        } catch (NoSuchFileException e) {
            problem(name, 0, "cannot read: file not found");
        } catch (AccessDeniedException e) {
            problem(name, 0, "cannot read: permission denied");
        } catch (CsvException e) {
            problem(name, e.line(), e.reason());
        } catch (XMLStreamException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            problem(name, Math.max(line, 0), "not well-formed XML: " + xmlMessage(e));
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problem(name, Math.max(line, 0), "malformed JSON: " + e.getOriginalMessage());
        } catch (RefusedInputException e) {
            problem(name, e.line(), e.getMessage());
        } catch (IOException e) {
            problem(name, 0, "cannot read: " + e.getMessage());
        } catch (Exception | LinkageError | StackOverflowError e) {
            problem(name, 0, "could not load: " + e);
        }
    }

    private void readOnce(Path path, Charset charset, FileBody body) throws Exception {
        Input in = new Input(path, charset);
        try (in) {
            body.read(in);
            digests.add(in.finish());
        }
    }

    private void truncate(int entryMark, int problemMark) {
        entries.subList(entryMark, entries.size()).clear();
        problems.subList(problemMark, problems.size()).clear();
    }

    private static String xmlMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return i >= 0 ? m.substring(i + 9).trim() : m;
    }

    LoadResult result() {
        String checksum = "";
        if (digests.size() == 1) {
            checksum = HexFormat.of().formatHex(digests.get(0));
        } else if (digests.size() > 1) {
            MessageDigest all = sha256();
            digests.forEach(all::update);
            checksum = HexFormat.of().formatHex(all.digest());
        }
        return new LoadResult(entries, problems, checksum);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** An open list file: its name as given, a byte stream and a strict text reader over it. */
    static final class Input implements AutoCloseable {
        final Path path;
        final String name;
        final Charset charset;
        private final DigestInputStream stream;

        Input(Path path, Charset charset) throws IOException {
            this.path = path;
            this.name = path.toString();
            this.charset = charset;
            this.stream = new DigestInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16), sha256());
        }

        /** The file's bytes; closing this stream leaves the file open until the load of the file ends. */
        InputStream stream() {
            return new java.io.FilterInputStream(stream) {
                @Override
                public void close() {
                    // the Input closes the file once its digest is complete
                }
            };
        }

        /** Text in the file's charset; bytes that are not valid in it raise {@link CharacterCodingException}. */
        Reader reader() {
            return new InputStreamReader(stream(), charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT));
        }

        byte[] finish() throws IOException {
            byte[] buffer = new byte[1 << 14];
            while (stream.read(buffer) >= 0) {
                // read the rest so the digest covers the whole file
            }
            return stream.getMessageDigest().digest();
        }

        @Override
        public void close() throws IOException {
            stream.close();
        }
    }
}
