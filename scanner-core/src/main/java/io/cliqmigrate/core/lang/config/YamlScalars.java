package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.lang.Escapes;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML scalar read from its source the way YAML reads it, with where each character of its value is written:
 * plain, single-quoted ({@code ''} is a quote) and double-quoted scalars (backslash escapes, an escaped line end
 * joining lines), each folded where it runs over several lines (a line break is a blank, an empty line a line
 * end), and literal ({@code |}) and folded ({@code >}) block scalars with their indentation, folding and chomping.
 * Jackson gives the value but not this map, so the reader keeps the map only when its value is Jackson's.
 */
final class YamlScalars {
    private YamlScalars() {}

    /** The scalar written at [{@code from}, {@code to}) of {@code text}. */
    static SourceOffsets.Builder read(String text, int from, int to) {
        char first = text.charAt(from);
        if (first == '"' || first == '\'') {
            int close = to - 1 > from && text.charAt(to - 1) == first ? to - 1 : to;
            return flow(text, from + 1, close, first);
        }
        if (first == '|' || first == '>') {
            return block(text, from, to, first == '>');
        }
        return flow(text, from, to, (char) 0);
    }

    /** A plain ({@code quote} 0) or quoted scalar's content, folded over its lines. */
    private static SourceOffsets.Builder flow(String text, int from, int to, char quote) {
        SourceOffsets.Builder out = new SourceOffsets.Builder();
        // how many characters at the end of out are blanks as written, which a line break trims
        int trimmable = 0;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.dropLast(trimmable);
                trimmable = 0;
                i = fold(text, i, to, out, true);
            } else if (quote == '\'' && c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'') {
                out.add('\'', i, i + 2);
                trimmable = 0;
                i += 2;
            } else if (quote == '"' && c == '\\' && i + 1 < to) {
                char next = text.charAt(i + 1);
                trimmable = 0;
                if (next == '\n' || next == '\r') {
                    i = fold(text, i + 1, to, out, false);
                } else {
                    i = escape(text, i, to, out);
                }
            } else {
                out.add(c, i, i + 1);
                trimmable = c == ' ' || c == '\t' ? trimmable + 1 : 0;
                i++;
            }
        }
        return out;
    }

    /**
     * Folds the line break at {@code i}: the next line's leading blanks go, each empty line in between is a line
     * end, and without one the break is a blank ({@code blank} false: an escaped break, which is nothing).
     */
    private static int fold(String text, int i, int to, SourceOffsets.Builder out, boolean blank) {
        int breakStart = i;
        int at = lineBreakEnd(text, i);
        int breakEnd = at;
        boolean empty = false;
        while (true) {
            while (at < to && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            if (at < to && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
                int next = lineBreakEnd(text, at);
                out.add('\n', at, next);
                empty = true;
                at = next;
                continue;
            }
            break;
        }
        if (!empty && blank) {
            out.add(' ', breakStart, breakEnd);
        }
        return at;
    }

    private static int lineBreakEnd(String text, int i) {
        return text.startsWith("\r\n", i) ? i + 2 : i + 1;
    }

    /** A double-quoted scalar's escape at {@code i}; returns where the source goes on. */
    private static int escape(String text, int i, int to, SourceOffsets.Builder out) {
        char next = text.charAt(i + 1);
        int digits = next == 'x' ? 2 : next == 'u' ? 4 : next == 'U' ? 8 : 0;
        if (digits > 0) {
            int end = i + 2 + digits;
            int code = end <= to ? Escapes.hex(text, i + 2, end) : -1;
            if (code >= 0 && Character.isValidCodePoint(code)) {
                out.addCodePoint(code, i, end);
                return end;
            }
        }
        char value = switch (next) {
            case '0' -> '\0';
            case 'a' -> '\u0007';
            case 'b' -> '\b';
            case 't', '\t' -> '\t';
            case 'n' -> '\n';
            case 'v' -> '\u000b';
            case 'f' -> '\f';
            case 'r' -> '\r';
            case 'e' -> '\u001b';
            case 'N' -> '\u0085';
            case '_' -> '\u00a0';
            case 'L' -> '\u2028';
            case 'P' -> '\u2029';
            default -> next;
        };
        out.add(value, i, i + 2);
        return i + 2;
    }

    /** One line of a block scalar: where its content starts and ends, and where its line break ends. */
    private record Line(int start, int end, int breakEnd, boolean empty) {}

    /** A literal or folded block scalar: header ({@code |-}, {@code >+2}), then its indented lines. */
    private static SourceOffsets.Builder block(String text, int from, int to, boolean folded) {
        int i = from + 1;
        char chomp = 'c';
        int explicit = 0;
        while (i < to && (text.charAt(i) == '+' || text.charAt(i) == '-' || Character.isDigit(text.charAt(i)))) {
            char h = text.charAt(i++);
            if (Character.isDigit(h)) {
                explicit = h - '0';
            } else {
                chomp = h;
            }
        }
        while (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++; // blanks and a comment after the header
        }
        i = i < to ? lineBreakEnd(text, i) : to;
        int indent = explicit > 0 ? indentOfLineAt(text, from) + explicit : contentIndent(text, i, to);
        List<Line> lines = new ArrayList<>();
        while (i < to) {
            int lineEnd = i;
            while (lineEnd < to && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int contentStart = i;
            while (contentStart < lineEnd && contentStart - i < indent && text.charAt(contentStart) == ' ') {
                contentStart++;
            }
            boolean empty = contentStart == lineEnd;
            lines.add(new Line(contentStart, lineEnd, lineEnd < to ? lineBreakEnd(text, lineEnd) : lineEnd, empty));
            i = lineEnd < to ? lineBreakEnd(text, lineEnd) : to;
        }
        int last = lines.size() - 1;
        while (last >= 0 && lines.get(last).empty()) {
            last--;
        }
        SourceOffsets.Builder out = new SourceOffsets.Builder();
        for (int l = 0; l <= last; l++) {
            Line line = lines.get(l);
            out.addVerbatim(text, line.start(), line.end());
            if (l == last) {
                break;
            }
            int next = l + 1;
            while (lines.get(next).empty()) {
                next++;
            }
            boolean joins = folded && !line.empty() && !moreIndented(text, line) && !moreIndented(text, lines.get(next));
            if (!joins) {
                out.add('\n', line.end(), line.breakEnd());
            } else if (next == l + 1) {
                out.add(' ', line.end(), line.breakEnd());
            }
            for (int e = l + 1; e < next; e++) {
                out.add('\n', lines.get(e).end(), lines.get(e).breakEnd());
            }
            l = next - 1;
        }
        if (last >= 0 && chomp != '-' && lines.get(last).breakEnd() > lines.get(last).end()) {
            out.add('\n', lines.get(last).end(), lines.get(last).breakEnd());
        }
        if (chomp == '+') {
            for (int e = last + 1; e < lines.size(); e++) {
                if (lines.get(e).breakEnd() > lines.get(e).end()) {
                    out.add('\n', lines.get(e).end(), lines.get(e).breakEnd());
                }
            }
        }
        return out;
    }

    /** A folded scalar's line that starts with a blank after the indentation keeps its line breaks. */
    private static boolean moreIndented(String text, Line line) {
        return !line.empty() && (text.charAt(line.start()) == ' ' || text.charAt(line.start()) == '\t');
    }

    /** The indentation of the first line with content. */
    private static int contentIndent(String text, int from, int to) {
        int i = from;
        while (i < to) {
            int start = i;
            while (i < to && text.charAt(i) == ' ') {
                i++;
            }
            if (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                return i - start;
            }
            i = i < to ? lineBreakEnd(text, i) : to;
        }
        return 0;
    }

    private static int indentOfLineAt(String text, int at) {
        int lineStart = at;
        while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        int i = lineStart;
        while (i < at && text.charAt(i) == ' ') {
            i++;
        }
        return i - lineStart;
    }
}
