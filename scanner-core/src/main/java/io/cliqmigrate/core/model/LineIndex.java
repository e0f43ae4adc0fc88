package io.cliqmigrate.core.model;

import java.util.Arrays;

/**
 * Converts between UTF-16 offsets (0-based) and line/column positions (1-based) for {@code \n}, {@code \r\n}
 * and {@code \r} line ends. The only place that does this arithmetic.
 */
public final class LineIndex {
    private final int[] lineStarts;
    private final int length;

    private LineIndex(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int[] starts = new int[16];
        int count = 1;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\r' && c != '\n') {
                continue;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i + 1;
        }
        return new LineIndex(Arrays.copyOf(starts, count), n);
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 1-based line of an offset. */
    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), length));
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column (in UTF-16 units) of an offset. */
    public int column(int offset) {
        int clamped = Math.min(Math.max(offset, 0), length);
        return clamped - lineStarts[line(clamped) - 1] + 1;
    }

    /** Offset of a 1-based line and column; columns past the line end are clamped to it. */
    public int offset(int line, int column) {
        int l = Math.min(Math.max(line, 1), lineStarts.length);
        int start = lineStarts[l - 1];
        int end = l < lineStarts.length ? lineStarts[l] : length;
        return Math.min(start + Math.max(column, 1) - 1, end);
    }

    public int lineStart(int line) {
        return lineStarts[line - 1];
    }

    /** Offset just past the line's content, before its line separator. */
    public int lineContentEnd(CharSequence text, int line) {
        int end = line < lineStarts.length ? lineStarts[line] : length;
        while (end > lineStarts[line - 1] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }
}
