package io.cliqmigrate.core.lang.config;

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
        StringBuilder key = new StringBuilder();
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
            key.append(c);
            i++;
            keyEnd = i;
        }
        i = ConfigText.skipBlanks(text, i);
        if (i < text.length() && (text.charAt(i) == '=' || text.charAt(i) == ':')) {
            i = ConfigText.skipBlanks(text, i + 1);
        }
        int valueStart = i;
        StringBuilder value = new StringBuilder();
        int valueEnd = i;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            char c = text.charAt(i);
            boolean continuation = c == '\\' && (i + 1 >= text.length() || text.charAt(i + 1) == '\n'
                    || text.charAt(i + 1) == '\r');
            if (c == '\\') {
                i = escape(text, i, value);
            } else {
                value.append(c);
                i++;
            }
            if (!Character.isWhitespace(c) && !continuation) {
                valueEnd = i;
            }
        }
        document.entry(key.toString(), new TextRange(start, keyEnd), value.toString().stripTrailing(),
                new TextRange(valueStart, Math.max(valueStart, valueEnd)));
        return i;
    }

    /** Reads the escape at {@code i} into {@code out}; a backslash at a line end joins the next line. */
    private static int escape(String text, int i, StringBuilder out) {
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
            case 't' -> out.append('\t');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 'f' -> out.append('\f');
            case 'u' -> {
                if (i + 6 <= text.length() && text.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                    return i + 6;
                }
                out.append('u');
            }
            default -> out.append(next);
        }
        return i + 2;
    }
}
