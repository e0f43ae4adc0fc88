package io.cliqmigrate.core.lang;

import io.cliqmigrate.core.code.SourceOffsets;

/**
 * Escapes that several formats share, read with the source of each character kept ({@link SourceOffsets}), so a
 * value an adapter unescaped can be traced back character by character. An adapter whose parser reads the value
 * itself checks this reading against it ({@link SourceOffsets.Builder#offsetsFor}).
 */
public final class Escapes {
    private Escapes() {}

    /**
     * Backslash escapes as TOML basic strings, JSON and double-quoted {@code .env} values write them: {@code \n},
     * {@code \t}, {@code \r}, {@code \b}, {@code \f}, a {@code u} with four hex digits or a {@code U} with eight, any other character
     * standing for itself, and a backslash at a line end (blanks may follow it) joining the next line without its
     * leading blanks.
     */
    public static SourceOffsets.Builder backslashes(String text, int from, int to) {
        SourceOffsets.Builder out = new SourceOffsets.Builder();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= to) {
                out.add(c, i, i + 1);
                i++;
                continue;
            }
            int blanks = i + 1;
            while (blanks < to && (text.charAt(blanks) == ' ' || text.charAt(blanks) == '\t')) {
                blanks++;
            }
            if (blanks < to && (text.charAt(blanks) == '\n' || text.charAt(blanks) == '\r')) {
                i = blanks;
                while (i < to && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            char next = text.charAt(i + 1);
            int digits = next == 'u' ? 4 : next == 'U' ? 8 : 0;
            int code = digits > 0 && i + 2 + digits <= to ? hex(text, i + 2, i + 2 + digits) : -1;
            if (code >= 0 && Character.isValidCodePoint(code)) {
                out.addCodePoint(code, i, i + 2 + digits);
                i += 2 + digits;
                continue;
            }
            out.add(switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                default -> next;
            }, i, i + 2);
            i += 2;
        }
        return out;
    }

    /**
     * XML character data or an attribute value: entity and character references, CDATA sections as their
     * content, comments left out, {@code \r\n} read as one line end; in an attribute every line end and tab is a
     * blank, as an XML parser normalises it.
     */
    public static SourceOffsets.Builder xml(String text, int from, int to, boolean attribute) {
        SourceOffsets.Builder out = new SourceOffsets.Builder();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (text.startsWith("<![CDATA[", i)) {
                int end = text.indexOf("]]>", i + 9);
                end = end < 0 || end > to ? to : end;
                out.addVerbatim(text, i + 9, end);
                i = Math.min(to, end + 3);
            } else if (text.startsWith("<!--", i)) {
                int end = text.indexOf("-->", i + 4);
                i = end < 0 || end > to ? to : end + 3;
            } else if (c == '&' && referenceEnd(text, i, to) > i) {
                // looked for in a reference's length only: a text of many '&' and no ';' would be read again each time
                int semicolon = referenceEnd(text, i, to);
                int decoded = reference(text.substring(i + 1, semicolon));
                if (decoded < 0) {
                    out.add(c, i, i + 1);
                    i++;
                } else {
                    out.addCodePoint(decoded, i, semicolon + 1);
                    i = semicolon + 1;
                }
            } else if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
                out.add(attribute ? ' ' : '\n', i, i + 2);
                i += 2;
            } else {
                out.add(attribute && (c == '\n' || c == '\r' || c == '\t') ? ' ' : c == '\r' ? '\n' : c, i, i + 1);
                i++;
            }
        }
        return out;
    }

    /** The {@code ;} ending a reference that starts at {@code amp}, within a reference's length; -1 if none. */
    private static int referenceEnd(String text, int amp, int to) {
        int limit = Math.min(to, amp + 12);
        for (int j = amp + 1; j < limit; j++) {
            if (text.charAt(j) == ';') {
                return j;
            }
        }
        return -1;
    }

    /** The character an XML reference ({@code amp}, {@code #38}, {@code #x26}) names, or -1. */
    private static int reference(String name) {
        try {
            int code = name.startsWith("#x") || name.startsWith("#X") ? Integer.parseInt(name.substring(2), 16)
                    : name.startsWith("#") ? Integer.parseInt(name.substring(1)) : -2;
            if (code != -2) {
                return Character.isValidCodePoint(code) ? code : -1;
            }
        } catch (NumberFormatException e) {
            return -1;
        }
        return switch (name) {
            case "amp" -> '&';
            case "lt" -> '<';
            case "gt" -> '>';
            case "quot" -> '"';
            case "apos" -> '\'';
            default -> -1;
        };
    }

    /** The number the hex digits [{@code from}, {@code to}) of {@code text} write, or -1 when one is no hex digit. */
    public static int hex(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0 || value > 0x10FFFF) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
