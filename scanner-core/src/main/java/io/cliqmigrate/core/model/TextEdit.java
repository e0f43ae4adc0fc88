package io.cliqmigrate.core.model;

/**
 * Replace the text in {@code range} of the file at {@code path} (as in the report: relative, forward slashes)
 * with {@code replacement}. An empty range inserts; an empty replacement deletes. A line break in the replacement
 * is written as {@code \n}: the fix engine writes the line ending of the line the edit is on. {@code location}
 * gives the range as lines and columns once the engine has placed the edit in its file ({@code null} before).
 */
public record TextEdit(String path, TextRange range, String replacement, Location location) {
    public TextEdit {
        java.util.Objects.requireNonNull(path, "path");
        java.util.Objects.requireNonNull(range, "range");
        java.util.Objects.requireNonNull(replacement, "replacement");
    }

    public TextEdit(String path, TextRange range, String replacement) {
        this(path, range, replacement, null);
    }

    public static TextEdit insert(String path, int offset, String text) {
        return new TextEdit(path, new TextRange(offset, offset), text);
    }

    public static TextEdit delete(String path, TextRange range) {
        return new TextEdit(path, range, "");
    }

    /** This edit with its lines and columns in {@code file}, which must be the file it edits. */
    public TextEdit locatedIn(SourceFile file) {
        if (!file.path().equals(path)) {
            throw new IllegalArgumentException("edit of " + path + " placed in " + file.path());
        }
        return new TextEdit(path, range, replacement, Location.of(file, range));
    }

    /**
     * Whether the two edits cannot both be applied: they touch the same text, or one inserts where the other
     * replaces.
     */
    public boolean conflictsWith(TextEdit other) {
        if (!path.equals(other.path) || sameChange(other)) {
            return false;
        }
        if (range.start() == other.range.start()) {
            // two insertions at one point both go in, in a fixed order (EditSet); anything else there is ambiguous
            return range.length() > 0 || other.range.length() > 0;
        }
        return range.start() < other.range.end() && other.range.start() < range.end();
    }

    /** The same replacement of the same text: two fixes that agree on it apply it once. */
    public boolean sameChange(TextEdit other) {
        return path.equals(other.path) && range.equals(other.range) && replacement.equals(other.replacement);
    }
}
