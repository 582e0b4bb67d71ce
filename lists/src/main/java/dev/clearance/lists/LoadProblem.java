package dev.clearance.lists;

/**
 * A record that could not be loaded, and where it is: the rest of the file still loads.
 *
 * @param file    the file as given
 * @param line    1-based line (or record number for formats without lines); 0 when unknown
 * @param message what is wrong, in words an officer can act on
 */
public record LoadProblem(String file, long line, String message) {
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
