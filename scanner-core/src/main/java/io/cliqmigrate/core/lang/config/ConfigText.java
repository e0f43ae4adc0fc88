package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.lang.Escapes;

/** Character-level helpers shared by the line-oriented readers (.env, INI, TOML). */
final class ConfigText {
    private ConfigText() {
    }

    static int skipBlanks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\f')) {
            i++;
        }
        return i;
    }

    static int lineEnd(String text, int i) {
        int end = i;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    static int nextLine(String text, int i) {
        int end = lineEnd(text, i);
        if (text.startsWith("\r\n", end)) {
            return end + 2;
        }
        return Math.min(text.length(), end + 1);
    }

    /**
     * The end (after the closing delimiter) of a string opened by {@code delimiter} at {@code start}; backslash
     * escapes count only when {@code escapes}. An unclosed string ends at the end of its line, or of the text
     * when it may span lines.
     */
    static int stringEnd(String text, int start, String delimiter, boolean escapes, boolean multiline) {
        for (int i = start + delimiter.length(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (escapes && c == '\\') {
                i++;
            } else if (text.startsWith(delimiter, i)) {
                int end = i + delimiter.length();
                // """a"""" : a multi-line string may end with quotes of its own
                while (delimiter.length() == 3 && end < text.length() && text.charAt(end) == delimiter.charAt(0)
                        && end - i < 5) {
                    end++;
                }
                return end;
            } else if (!multiline && (c == '\n' || c == '\r')) {
                return i;
            }
        }
        return text.length();
    }

    /** The text between the delimiters of a string that {@link #stringEnd} delimited. */
    static String inner(String text, int start, int end, String delimiter) {
        int from = Math.min(end, start + delimiter.length());
        int to = end - delimiter.length() >= from && text.startsWith(delimiter, end - delimiter.length())
                ? end - delimiter.length() : end;
        return text.substring(from, Math.max(from, to));
    }

    /** Backslash escapes as TOML basic strings and double-quoted .env values write them. */
    static String unescape(String raw) {
        return raw.indexOf('\\') < 0 ? raw : Escapes.backslashes(raw, 0, raw.length()).value();
    }

    /**
     * The value of a string that {@link #stringEnd} delimited, with where each character is written: the text
     * between the delimiters, without the line end right after a triple-quoted opener, its backslash escapes read
     * when {@code escapes}.
     */
    static SourceOffsets.Builder value(String text, int start, int end, String delimiter, boolean escapes) {
        int from = Math.min(end, start + delimiter.length());
        int to = Math.max(from, end - delimiter.length() >= from && text.startsWith(delimiter, end - delimiter.length())
                ? end - delimiter.length() : end);
        if (delimiter.length() == 3 && from < to) {
            from += text.startsWith("\r\n", from) ? 2 : text.charAt(from) == '\n' ? 1 : 0;
        }
        return escapes ? Escapes.backslashes(text, from, to) : new SourceOffsets.Builder().addVerbatim(text, from, to);
    }

    /** Removes a trailing {@code #} (or {@code ;}) comment that follows whitespace in an unquoted value. */
    static int valueEnd(String text, int from, int end, String commentMarkers) {
        for (int i = from; i < end; i++) {
            if (commentMarkers.indexOf(text.charAt(i)) >= 0 && i > from
                    && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                end = i;
                break;
            }
        }
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
