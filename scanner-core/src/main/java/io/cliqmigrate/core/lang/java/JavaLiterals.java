package io.cliqmigrate.core.lang.java;

import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.lang.Escapes;
import io.cliqmigrate.core.model.TextRange;

/**
 * Where each character of a Java string, character or text block literal's value is written (JLS 3.10): escapes
 * ({@code \"}, {@code \n}, octal, unicode escapes), and for a text block its incidental indentation and trailing
 * blanks stripped, its line ends normalised and {@code \<line end>} joining lines. JavaParser gives the value but
 * not this map; the map is kept only when its value is the one JavaParser read.
 */
final class JavaLiterals {
    private static final String TEXT_BLOCK_QUOTES = "\"\"\"";

    private JavaLiterals() {}

    /** The offsets of {@code value}, the literal at {@code range} of {@code text}, or {@code null}. */
    static SourceOffsets offsets(String text, TextRange range, String value) {
        int start = range.start();
        int end = Math.min(range.end(), text.length());
        if (end - start < 2) {
            return null;
        }
        SourceOffsets.Builder raw = text.startsWith(TEXT_BLOCK_QUOTES, start) && end - start >= 6
                ? textBlockLines(text, start + 3, end - 3) : new SourceOffsets.Builder().addVerbatim(text, start + 1, end - 1);
        return raw == null ? null : escapes(raw).offsetsFor(value);
    }

    /**
     * A text block's content before its escapes are read: the lines after the opening delimiter's line, each
     * without the indentation all of them share and without trailing blanks, joined by {@code \n}. The closing
     * delimiter's line counts for the indentation when nothing else is on it.
     */
    private static SourceOffsets.Builder textBlockLines(String text, int from, int to) {
        int first = from;
        while (first < to && (text.charAt(first) == ' ' || text.charAt(first) == '\t' || text.charAt(first) == '\f')) {
            first++;
        }
        if (first >= to || text.charAt(first) != '\n' && text.charAt(first) != '\r') {
            return null;
        }
        first += text.startsWith("\r\n", first) ? 2 : 1;
        java.util.List<int[]> lines = new java.util.ArrayList<>();
        int lineStart = first;
        for (int i = first; i <= to; i++) {
            if (i == to || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                int terminator = i < to && text.startsWith("\r\n", i) ? 2 : i < to ? 1 : 0;
                lines.add(new int[] {lineStart, i, terminator});
                i += Math.max(0, terminator - 1);
                lineStart = i + 1;
            }
        }
        int indent = Integer.MAX_VALUE;
        for (int l = 0; l < lines.size(); l++) {
            int[] line = lines.get(l);
            int content = leadingBlanks(text, line[0], line[1]);
            boolean last = l == lines.size() - 1;
            if (content < line[1] || last) {
                indent = Math.min(indent, content - line[0]);
            }
        }
        SourceOffsets.Builder out = new SourceOffsets.Builder();
        for (int l = 0; l < lines.size(); l++) {
            int[] line = lines.get(l);
            int lineEnd = line[1];
            while (lineEnd > line[0] && Character.isWhitespace(text.charAt(lineEnd - 1))) {
                lineEnd--;
            }
            if (lineEnd > line[0]) {
                out.addVerbatim(text, line[0] + indent, lineEnd);
            }
            if (line[2] > 0) {
                out.add('\n', line[1], line[1] + line[2]);
            }
        }
        return out;
    }

    private static int leadingBlanks(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The escapes of {@code raw} read, each value character keeping the source of its whole escape. */
    private static SourceOffsets.Builder escapes(SourceOffsets.Builder raw) {
        SourceOffsets.Builder out = new SourceOffsets.Builder();
        SourceOffsets at = raw.offsets();
        String text = raw.value();
        int n = text.length();
        for (int i = 0; i < n; ) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                out.add(c, at.start(i), at.end(i));
                i++;
                continue;
            }
            char next = text.charAt(i + 1);
            int escapeEnd = i + 2;
            int decoded;
            if (next == 'u') {
                int hex = i + 1;
                while (hex < n && text.charAt(hex) == 'u') {
                    hex++;
                }
                decoded = hex + 4 <= n ? Escapes.hex(text, hex, hex + 4) : -1;
                escapeEnd = hex + 4;
            } else if (next >= '0' && next <= '7') {
                int max = next <= '3' ? 3 : 2;
                escapeEnd = i + 1;
                decoded = 0;
                while (escapeEnd < n && escapeEnd - i - 1 < max && text.charAt(escapeEnd) >= '0'
                        && text.charAt(escapeEnd) <= '7') {
                    decoded = decoded * 8 + text.charAt(escapeEnd) - '0';
                    escapeEnd++;
                }
            } else if (next == '\n') {
                i += 2; // a text block's line join writes no character
                continue;
            } else {
                decoded = switch (next) {
                    case 'b' -> '\b';
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'f' -> '\f';
                    case 'r' -> '\r';
                    case 's' -> ' ';
                    default -> next;
                };
            }
            if (decoded < 0) {
                out.add(c, at.start(i), at.end(i));
                i++;
                continue;
            }
            out.add((char) decoded, at.start(i), at.end(escapeEnd - 1));
            i = escapeEnd;
        }
        return out;
    }
}
