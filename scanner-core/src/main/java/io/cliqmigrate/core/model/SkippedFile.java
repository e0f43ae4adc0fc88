package io.cliqmigrate.core.model;

/** A file the walk found but did not scan, and why (binary, too large, symlink loop, read under another path). */
public record SkippedFile(String path, String reason) {
    private static final String SAME_FILE = "same file as ";

    /** A file reached a second time (through a symlink): it is scanned under {@code scannedPath}. */
    public static SkippedFile sameFileAs(String path, String scannedPath) {
        return new SkippedFile(path, SAME_FILE + scannedPath);
    }

    /** Whether the file is scanned all the same, under another path, so no finding of it is missing. */
    public boolean scannedElsewhere() {
        return reason.startsWith(SAME_FILE);
    }
}
