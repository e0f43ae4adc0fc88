package io.cliqmigrate.core.model;

/**
 * Replace the text in {@code range} of the file at {@code path} (as in the report: relative, forward slashes)
 * with {@code replacement}. An empty range inserts; an empty replacement deletes. A line break in the replacement
 * is written as {@code \n}: the fix engine writes the line ending of the line the edit is on. {@code location}
 * gives the range as lines and columns once the engine has placed the edit in its file ({@code null} before).
 *
 * <p>An edit that {@link #creates() creates} a file ({@link #create}) adds a file the scan did not find: its
 * {@code replacement} is the whole content, inserted at offset 0 of an empty text. It is never combined with another
 * edit of that path, and never overwrites a file.
 */
public record TextEdit(String path, TextRange range, String replacement, Location location, boolean creates) {
    private static final TextRange START = new TextRange(0, 0);

    public TextEdit {
        java.util.Objects.requireNonNull(path, "path");
        java.util.Objects.requireNonNull(range, "range");
        java.util.Objects.requireNonNull(replacement, "replacement");
        if (creates && !range.equals(START)) {
            throw new IllegalArgumentException("a new file's content starts at offset 0, not " + range);
        }
    }

    public TextEdit(String path, TextRange range, String replacement, Location location) {
        this(path, range, replacement, location, false);
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

    /**
     * A new file at {@code path} (report-relative, inside the scan root of the other files the fix edits) holding
     * {@code content}; a {@code \n} in it is written as the line ending the fix's other files use most.
     */
    public static TextEdit create(String path, String content) {
        return new TextEdit(path, START, content, null, true);
    }

    /** This edit with its lines and columns in {@code file}, which must be the file it edits. */
    public TextEdit locatedIn(SourceFile file) {
        if (!file.path().equals(path)) {
            throw new IllegalArgumentException("edit of " + path + " placed in " + file.path());
        }
        return new TextEdit(path, range, replacement, Location.of(file, range), creates);
    }

    /** The same edit with another text (its line endings settled, or escaped for its file). */
    public TextEdit withReplacement(String text) {
        return new TextEdit(path, range, text, location, creates);
    }

    /** The same edit without its lines and columns: what two fixes compare when they agree on a change. */
    public TextEdit unlocated() {
        return location == null ? this : new TextEdit(path, range, replacement, null, creates);
    }

    /**
     * Whether the two edits cannot both be applied: they touch the same text, or one inserts where the other
     * replaces, or they are of one path and one of them creates it.
     */
    public boolean conflictsWith(TextEdit other) {
        if (!path.equals(other.path) || sameChange(other)) {
            return false;
        }
        if (creates || other.creates) {
            return true;
        }
        if (range.start() == other.range.start()) {
            // two insertions at one point both go in, in a fixed order (EditSet); anything else there is ambiguous
            return range.length() > 0 || other.range.length() > 0;
        }
        return range.start() < other.range.end() && other.range.start() < range.end();
    }

    /** The same replacement of the same text: two fixes that agree on it apply it once. */
    public boolean sameChange(TextEdit other) {
        return path.equals(other.path) && range.equals(other.range) && replacement.equals(other.replacement)
                && creates == other.creates;
    }
}
