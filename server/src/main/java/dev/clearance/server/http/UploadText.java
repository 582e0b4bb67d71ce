package dev.clearance.server.http;

import dev.clearance.csv.CsvException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Checks on an uploaded CSV before any of its rows is worked on. */
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
            throw refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An upload refused as a whole (its header): 400 naming the column at fault ({@code unknown_column}), or
     * {@code file}.
     */
    public static ApiError refused(CsvException e) {
        if (e.column() != null) {
            return new ApiError(400, "unknown_column", e.getMessage(), e.column(), null);
        }
        return ApiError.badRequest("file", e.getMessage());
    }

    /** @return the extra columns a request declares ({@code extraColumns=a,b}), carried through unread */
    public static java.util.List<String> extraColumns(io.javalin.http.Context ctx) {
        String v = Params.text(ctx, "extraColumns");
        return v == null ? java.util.List.of() : java.util.Arrays.stream(v.split(",")).map(String::trim)
                .filter(x -> !x.isEmpty()).toList();
    }
}
