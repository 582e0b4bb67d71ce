package dev.clearance.regime;

/** Invalid regime or scenario data, naming the file and the path inside it (e.g. {@code groups[0].members[3].countries[1]}). */
public final class RegimeDataException extends RuntimeException {
    private final String file;
    private final String path;

    public RegimeDataException(String file, String path, String message) {
        super(file + (path.isEmpty() ? "" : ": " + path) + ": " + message);
        this.file = file;
        this.path = path;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }
}
