package io.cliqmigrate.core.lang.lexical;

import io.cliqmigrate.core.code.Comment;
import java.util.List;

/** Spans of a file's text, as the readers of this package cut them. */
final class TextSpans {
    private TextSpans() {}

    /** Whether the offset lies inside one of the comments. */
    static boolean inComment(List<Comment> comments, int at) {
        return comments.stream().anyMatch(c -> c.range().start() <= at && at < c.range().end());
    }

    /** The span from {@code start} to {@code end} without the blanks at either side, or {@code null} if all blank. */
    static int[] trimmed(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e > s ? new int[] {s, e} : null;
    }
}
