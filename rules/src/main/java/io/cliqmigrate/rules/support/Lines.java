package io.cliqmigrate.rules.support;

import io.cliqmigrate.core.model.TextRange;
import java.util.Optional;

/**
 * Where a piece of text stands on its lines: what a deletion takes along so that no line of blanks stays, and whether
 * it stands in a comment.
 */
public final class Lines {
    private Lines() {}

    /**
     * The range widened to its whole line, the blanks around it and the line break after it included, when nothing
     * else stands on that line; empty otherwise.
     */
    public static Optional<TextRange> alone(String text, int start, int end) {
        int s = start;
        while (s > 0 && (text.charAt(s - 1) == ' ' || text.charAt(s - 1) == '\t')) {
            s--;
        }
        int e = end;
        while (e < text.length() && (text.charAt(e) == ' ' || text.charAt(e) == '\t')) {
            e++;
        }
        boolean alone = (s == 0 || text.charAt(s - 1) == '\n' || text.charAt(s - 1) == '\r')
                && (e == text.length() || text.charAt(e) == '\n' || text.charAt(e) == '\r');
        return alone ? Optional.of(new TextRange(s, afterLineBreak(text, e))) : Optional.empty();
    }

    /** Where the line holding the character at {@code at} starts (after the line break before it, or 0). */
    public static int startOf(String text, int at) {
        return text.lastIndexOf('\n', at - 1) + 1;
    }

    /**
     * Where the line holding {@code at} starts, looking back at most {@code limit} characters: on a minified file's
     * one line, a look at the text just before a position costs no more than the look itself.
     */
    public static int startWithin(String text, int at, int limit) {
        int from = Math.max(0, at - limit);
        for (int i = at - 1; i >= from; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return from;
    }

    /** Where the line above the one starting at {@code lineStart} starts (0 for the first line). */
    public static int startAbove(String text, int lineStart) {
        return text.lastIndexOf('\n', lineStart - 2) + 1;
    }

    /** The offset after the line break at {@code at} ({@code \r\n}, {@code \n} or {@code \r}), or {@code at}. */
    public static int afterLineBreak(String text, int at) {
        int end = at;
        if (end < text.length() && text.charAt(end) == '\r') {
            end++;
        }
        if (end < text.length() && text.charAt(end) == '\n') {
            end++;
        }
        return end;
    }

    /** Whether the offset lies inside one of the file's comments (commented-out code is no use). */
    public static boolean inComment(io.cliqmigrate.core.code.CodeFacts facts, int offset) {
        for (io.cliqmigrate.core.code.Comment comment : facts.comments()) {
            if (comment.range().start() <= offset && offset < comment.range().end()) {
                return true;
            }
        }
        return false;
    }
}
