package io.cliqmigrate.core.model;

/** A range in a file as 1-based lines and columns (end column exclusive), plus the offsets it came from. */
public record Location(String path, int startLine, int startColumn, int endLine, int endColumn, TextRange range) {

    public static Location of(SourceFile file, TextRange range) {
        LineIndex lines = file.lines();
        return new Location(file.path(), lines.line(range.start()), lines.column(range.start()),
                lines.line(range.end()), lines.column(range.end()), range);
    }
}
