package dev.clearance.spark;

/** A partner file that cannot be screened at all (missing, unreadable, lacking a required column). */
public final class PartnerFileException extends RuntimeException {
    private final String file;

    public PartnerFileException(String file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    /** The file (or folder) as given. */
    public String file() {
        return file;
    }
}
