package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;

/**
 * Java {@code .properties} as {@link java.util.Properties#load(java.io.Reader)} reads them: {@code #}/{@code !}
 * comment lines, {@code =}, {@code :} or whitespace between key and value, backslash continuation lines, and
 * {@code \}-escapes (including {@code \u00e9}) in keys and values; a {@code #---} line separates documents, as
 * Spring Boot reads them. Jackson's properties module goes through
 * {@code java.util.Properties} and so knows no positions; this reader keeps them. (The file's bytes are decoded
 * as UTF-8 when they are valid UTF-8, else as ISO-8859-1, which is what older tools write.)
 */
final class PropertiesConfigReader implements ConfigReader {

    @Override
    public ConfigDocument read(SourceFile file) {
        String text = file.text();
        ConfigDocument document = new ConfigDocument();
        int i = 0;
        while (i < text.length()) {
            i = ConfigText.skipBlanks(text, i);
            if (i >= text.length()) {
                break;
            }
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                i++;
                continue;
            }
            if (c == '#' || c == '!') {
                int end = ConfigText.lineEnd(text, i);
                document.comment(text.substring(i, end), new TextRange(i, end));
                if (text.substring(i + 1, end).strip().equals("---")) {
                    document.endDocument(); // Spring Boot's document separator: a profile ends here
                }
                i = end;
                continue;
            }
            i = entry(text, i, document);
        }
        document.endDocument();
        return document;
    }

    private static int entry(String text, int start, ConfigDocument document) {
        SourceOffsets.Builder key = new SourceOffsets.Builder();
        int i = start;
        int keyEnd = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i = escape(text, i, key);
                keyEnd = i;
                continue;
            }
            if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                break;
            }
            key.add(c, i, i + 1);
            i++;
            keyEnd = i;
        }
        i = ConfigText.skipBlanks(text, i);
        if (i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
            i = ConfigText.skipBlanks(text, i + 1);
        }
        int valueStart = i;
        SourceOffsets.Builder value = new SourceOffsets.Builder();
        int valueEnd = i;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            char c = text.charAt(i);
            boolean continuation = c == '\\' && (i + 1 >= text.length() || text.charAt(i + 1) == '\n'
                    || text.charAt(i + 1) == '\r');
            if (c == '\\') {
                i = escape(text, i, value);
            } else {
                value.add(c, i, i + 1);
                i++;
            }
            if (!Character.isWhitespace(c) && !continuation) {
                valueEnd = i;
            }
        }
        while (!value.isEmpty() && Character.isWhitespace(value.charAt(value.length() - 1))) {
            value.dropLast(1);
        }
        document.entry(key.value(), new TextRange(start, keyEnd), value.value(),
                new TextRange(valueStart, Math.max(valueStart, valueEnd)), value.offsets());
        return i;
    }

    /** Reads the escape at {@code i} into {@code out}; a backslash at a line end joins the next line. */
    private static int escape(String text, int i, SourceOffsets.Builder out) {
        if (i + 1 >= text.length()) {
            return i + 1;
        }
        char next = text.charAt(i + 1);
        switch (next) {
            case '\n', '\r' -> {
                int j = i + 1;
                j += text.startsWith("\r\n", j) ? 2 : 1;
                return ConfigText.skipBlanks(text, j);
            }
            case 't' -> out.add('\t', i, i + 2);
            case 'n' -> out.add('\n', i, i + 2);
            case 'r' -> out.add('\r', i, i + 2);
            case 'f' -> out.add('\f', i, i + 2);
            case 'u' -> {
                if (i + 6 <= text.length() && text.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    out.add((char) Integer.parseInt(text.substring(i + 2, i + 6), 16), i, i + 6);
                    return i + 6;
                }
                out.add('u', i, i + 2);
            }
            default -> out.add(next, i, i + 2);
        }
        return i + 2;
    }
}
