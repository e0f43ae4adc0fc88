package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;

/**
 * A comment's text (markers included) and where it stands. Its text is the file's own, except in a script
 * embedded in a container (a Deluge script in a JSON string), whose comments are read unescaped: {@code offsets}
 * then say where each of its characters is written.
 */
public record Comment(String text, TextRange range, SourceOffsets offsets) {
    public Comment(String text, TextRange range) {
        this(text, range, null);
    }

    /** Where the characters [{@code from}, {@code to}) of the comment's text are written in the file. */
    public TextRange written(int from, int to) {
        return offsets == null ? new TextRange(range.start() + from, range.start() + to) : offsets.range(from, to);
    }
}
