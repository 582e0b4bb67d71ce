package dev.clearance.server.http;

import dev.clearance.csv.CsvException;
import dev.clearance.csv.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/** An uploaded text decoded in its declared charset, or a 400 naming the lines whose bytes are not valid in it. */
public final class UploadText {
    private UploadText() {
    }

    /**
     * Counts the data rows of a CSV upload (good or not) and refuses it when there are more than {@code max}, before
     * any row is worked on.
     *
     * @throws ApiError 400 naming {@code file}: a header without the required columns, or too many rows
     */
    public static void limitRows(Bodies.Upload upload, String file, java.util.List<String> required, int max) {
        long rows = 0;
        try (dev.clearance.csv.CsvTable table = dev.clearance.csv.CsvTable.open(file, upload.stream(),
                upload.charset(), required)) {
            while (true) {
                try {
                    if (table.next() == null) {
                        break;
                    }
                } catch (CsvException e) {
                    // a bad row counts as a row: it is reported when the upload is read
                }
                if (++rows > max) {
                    throw ApiError.badRequest("file", "more than the " + max
                            + " rows one upload may have; split the file");
                }
            }
        } catch (CsvException e) {
            throw ApiError.badRequest("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param file the name errors give the upload
     * @return the text
     * @throws ApiError 400 naming {@code file} and the lines with invalid bytes (never stored as mojibake)
     */
    public static String decode(Bodies.Upload upload, String file) {
        try {
            return CsvReader.decode(file, upload.stream(), upload.charset());
        } catch (CsvException e) {
            throw ApiError.badRequest("file", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
