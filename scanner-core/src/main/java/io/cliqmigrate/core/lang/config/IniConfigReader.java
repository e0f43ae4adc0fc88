package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;

/**
 * INI-style files ({@code .ini}, {@code .cfg}, {@code .conf}): {@code [section]} headers, {@code key = value} or
 * {@code key: value}, {@code ;} and {@code #} comments. A setting's path is {@code section.key}. The blocks of a
 * HOCON {@code .conf} (Play, Akka: {@code zoho { authToken = "…" }}) are sections too, nested. INI has no
 * standard and no well-kept Java parser with positions; a line that is not a setting (an nginx directive in a
 * {@code .conf}) is still read as text, so a URL in it is seen.
 */
final class IniConfigReader implements ConfigReader {

    @Override
    public ConfigDocument read(SourceFile file) {
        String text = file.text();
        ConfigDocument document = new ConfigDocument();
        String section = "";
        java.util.Deque<String> blocks = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i = ConfigText.nextLine(text, i)) {
            i = ConfigText.skipBlanks(text, i);
            int lineEnd = ConfigText.lineEnd(text, i);
            if (i >= lineEnd) {
                continue;
            }
            char first = text.charAt(i);
            if (first == ';' || first == '#') {
                document.comment(text.substring(i, lineEnd), new TextRange(i, lineEnd));
                continue;
            }
            int end = quotedValueEnd(text, i, lineEnd);
            end = end >= 0 ? end : ConfigText.valueEnd(text, i, lineEnd, ";#");
            if (first == '[' && text.charAt(end - 1) == ']') {
                section = text.substring(i + 1, end - 1).strip();
                blocks.clear();
                continue;
            }
            String line = text.substring(i, end).strip();
            java.util.regex.Matcher inline = INLINE_BLOCK.matcher(line);
            if (inline.matches()) {
                // zoho { authToken = "…" }: a block of one setting on one line
                String value = unquoted(inline.group(3));
                int valueStart = i + inline.start(3) + (value.length() < inline.group(3).length() ? 1 : 0);
                document.entry(path(section, blocks, inline.group(1).replace("\"", "") + "." + inline.group(2)),
                        new TextRange(i + inline.start(2), i + inline.end(2)), value,
                        new TextRange(valueStart, valueStart + value.length()));
                continue;
            }
            java.util.regex.Matcher block = BLOCK_OPEN.matcher(line);
            if (block.matches()) {
                blocks.push(path(section, blocks, block.group(1).replace("\"", "")));
                continue;
            }
            if (line.endsWith("{")) {
                // a block that names no setting (nginx's "location / {"): its closing brace must not end an outer one
                blocks.push(blocks.isEmpty() ? section : blocks.peek());
                continue;
            }
            if (BLOCK_CLOSE.matcher(line).matches() && !blocks.isEmpty()) {
                blocks.pop();
                continue;
            }
            int separator = separator(text, i, end);
            if (separator < 0) {
                document.entry(null, null, text.substring(i, end), new TextRange(i, end));
                continue;
            }
            int keyEnd = separator;
            while (keyEnd > i && Character.isWhitespace(text.charAt(keyEnd - 1))) {
                keyEnd--;
            }
            String key = text.substring(i, keyEnd);
            int valueStart = ConfigText.skipBlanks(text, separator + 1);
            int valueEnd = Math.max(valueStart, end);
            String value = unquoted(text.substring(valueStart, valueEnd));
            document.entry(path(section, blocks, key), new TextRange(i, keyEnd), value,
                    new TextRange(valueStart, valueEnd));
        }
        document.endDocument();
        return document;
    }

    /** {@code zoho {}, {@code "zoho.mail" = {}, {@code zoho: {}: a HOCON block opens, named by its key. */
    private static final java.util.regex.Pattern BLOCK_OPEN = java.util.regex.Pattern.compile(
            "([\\w\"][\\w.\"-]*)\\s*[=:]?\\s*\\{");
    private static final java.util.regex.Pattern BLOCK_CLOSE = java.util.regex.Pattern.compile("}\\s*,?");

    /** {@code zoho { authToken = "…" }}: groups 1 the block, 2 the key, 3 the value as written. */
    private static final java.util.regex.Pattern INLINE_BLOCK = java.util.regex.Pattern.compile(
            "([\\w\"][\\w.\"-]*)\\s*[=:]?\\s*\\{\\s*([\\w][\\w.-]*)\\s*[=:]\\s*([^{}\\s](?:[^{}]*[^{}\\s])?)\\s*}\\s*,?");

    private static String unquoted(String value) {
        return value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0) ? value.substring(1, value.length() - 1) : value;
    }

    /** The setting's path: the INI section, the enclosing HOCON blocks, the key. */
    private static String path(String section, java.util.Deque<String> blocks, String key) {
        String outer = blocks.isEmpty() ? section : blocks.peek();
        return outer.isEmpty() ? key : outer + "." + key;
    }

    /**
     * Where a line whose value is quoted ({@code password = "abc ;def"}) ends, after the closing quote, so a
     * {@code ;} or {@code #} inside the quotes is not a comment; -1 for any other line.
     */
    private static int quotedValueEnd(String text, int from, int lineEnd) {
        int separator = separator(text, from, lineEnd);
        if (separator < 0) {
            return -1;
        }
        int value = ConfigText.skipBlanks(text, separator + 1);
        if (value >= lineEnd || text.charAt(value) != '"' && text.charAt(value) != '\'') {
            return -1;
        }
        int close = text.indexOf(text.charAt(value), value + 1);
        return close < 0 || close >= lineEnd ? -1 : close + 1;
    }

    /** The first {@code =} or {@code :} after a key without blanks inside it; -1 when the line is not a setting. */
    private static int separator(String text, int from, int end) {
        boolean blank = false;
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':') {
                return i > from ? i : -1;
            }
            if (c == ' ' || c == '\t') {
                blank = true;
            } else if (blank) {
                return -1;
            }
        }
        return -1;
    }
}
