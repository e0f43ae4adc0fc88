package io.cliqmigrate.core.lang.config;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.util.HashMap;
import java.util.Map;

/**
 * TOML. Jackson's TOML module checks the syntax (and reports where it breaks), but it builds a tree without
 * positions, so this reader walks the text again for them: {@code [table]} and {@code [[array]]} headers, bare,
 * quoted and dotted keys, the four string forms, arrays and inline tables.
 */
final class TomlConfigReader implements ConfigReader {
    /** Made when a scan first reads TOML, not by every scan. */
    private static final class Mapper {
        static final TomlMapper INSTANCE = new TomlMapper();
    }

    @Override
    public ConfigDocument read(SourceFile file) throws ConfigSyntaxException {
        String text = file.text();
        try {
            Mapper.INSTANCE.readTree(text);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigSyntaxException(e.getOriginalMessage().lines().findFirst().orElse("invalid TOML"),
                    at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()));
        }
        ConfigDocument document = new ConfigDocument();
        new Walk(text, document).run();
        document.endDocument();
        return document;
    }

    private static final class Walk {
        private final String text;
        private final ConfigDocument document;
        private final Map<String, Integer> arrayTables = new HashMap<>();
        private int i;
        /** Where the last key read by {@link #key} ends. */
        private int keyEnd;

        Walk(String text, ConfigDocument document) {
            this.text = text;
            this.document = document;
        }

        void run() {
            String table = "";
            while (i < text.length()) {
                skipSpace();
                if (i >= text.length()) {
                    break;
                }
                char c = text.charAt(i);
                if (c == '[') {
                    boolean array = text.startsWith("[[", i);
                    i += array ? 2 : 1;
                    table = tablePath(key(null), array);
                    i = ConfigText.nextLine(text, i);
                    continue;
                }
                keyValue(table);
                skipToLineEnd();
            }
        }

        /**
         * A table header's path, with the element of every array of tables it lies in: after {@code [[services]]}
         * twice, {@code [services.zoho]} is {@code services[1].zoho}, and {@code [[services]]} itself is
         * {@code services[1]}.
         */
        private String tablePath(String name, boolean array) {
            String[] segments = name.split("\\.", -1);
            String path = "";
            for (int s = 0; s < segments.length; s++) {
                path = path.isEmpty() ? segments[s] : path + "." + segments[s];
                boolean last = s == segments.length - 1;
                if (last && array) {
                    path += "[" + (arrayTables.merge(path, 1, Integer::sum) - 1) + "]";
                } else if (!last && arrayTables.containsKey(path)) {
                    path += "[" + (arrayTables.get(path) - 1) + "]";
                }
            }
            return path;
        }

        /** {@code key = value} under {@code parent}, at the top level or in an inline table. */
        private void keyValue(String parent) {
            int keyStart = i;
            String key = key(parent);
            TextRange keyRange = new TextRange(keyStart, keyEnd);
            skipBlanks();
            if (i < text.length() && text.charAt(i) == '=') {
                i++;
                skipBlanks();
                value(key, keyRange);
            }
        }

        /** A dotted key read from {@code i}, prefixed with {@code parent}; stops at {@code =}, {@code ]} or a line end. */
        private String key(String parent) {
            StringBuilder path = new StringBuilder(parent == null ? "" : parent);
            while (i < text.length()) {
                skipBlanks();
                if (i >= text.length()) {
                    break;
                }
                char c = text.charAt(i);
                String part;
                int start = i;
                if (c == '"' || c == '\'') {
                    i = ConfigText.stringEnd(text, i, String.valueOf(c), c == '"', false);
                    String inner = ConfigText.inner(text, start, i, String.valueOf(c));
                    part = c == '"' ? ConfigText.unescape(inner) : inner;
                } else {
                    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                            || text.charAt(i) == '-')) {
                        i++;
                    }
                    part = text.substring(start, i);
                }
                keyEnd = i;
                if (!part.isEmpty()) {
                    path.append(path.length() == 0 ? "" : ".").append(part);
                }
                skipBlanks();
                if (i < text.length() && text.charAt(i) == '.') {
                    i++;
                    continue;
                }
                if (i < text.length() && text.charAt(i) == ']') {
                    i++;
                }
                return path.toString();
            }
            return path.toString();
        }

        private void value(String path, TextRange keyRange) {
            if (i >= text.length()) {
                return;
            }
            char c = text.charAt(i);
            int start = i;
            if (c == '"' || c == '\'') {
                String delimiter = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3)
                        : String.valueOf(c);
                i = ConfigText.stringEnd(text, i, delimiter, c == '"', delimiter.length() == 3);
                SourceOffsets.Builder value = ConfigText.value(text, start, i, delimiter, c == '"');
                document.entry(path, keyRange, value.value(), new TextRange(start, i), value.offsets());
            } else if (c == '[') {
                i++;
                for (int index = 0; ; index++) {
                    skipSpace();
                    if (i >= text.length() || text.charAt(i) == ']') {
                        i = Math.min(text.length(), i + 1);
                        return;
                    }
                    value(path + "[" + index + "]", keyRange);
                    skipSpace();
                    if (i < text.length() && text.charAt(i) == ',') {
                        i++;
                    }
                }
            } else if (c == '{') {
                i++;
                while (true) {
                    skipBlanks();
                    if (i >= text.length() || text.charAt(i) == '}') {
                        i = Math.min(text.length(), i + 1);
                        return;
                    }
                    keyValue(path);
                    skipBlanks();
                    if (i < text.length() && text.charAt(i) == ',') {
                        i++;
                    } else if (i < text.length() && text.charAt(i) != '}') {
                        return;
                    }
                }
            } else {
                while (i < text.length() && ",]}#\r\n".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                int end = i;
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                document.entry(path, keyRange, text.substring(start, end), new TextRange(start, end));
            }
        }

        private void skipBlanks() {
            i = ConfigText.skipBlanks(text, i);
        }

        /** Blanks, line ends and comments (which are kept). */
        private void skipSpace() {
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '#') {
                    int end = ConfigText.lineEnd(text, i);
                    document.comment(text.substring(i, end), new TextRange(i, end));
                    i = end;
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else {
                    return;
                }
            }
        }

        private void skipToLineEnd() {
            skipBlanks();
            if (i < text.length() && text.charAt(i) == '#') {
                skipSpace();
            } else {
                i = ConfigText.nextLine(text, i);
            }
        }
    }
}
