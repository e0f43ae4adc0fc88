package io.cliqmigrate.core.lang.config;

import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code .env} files as dotenv libraries and Docker Compose read them: {@code KEY=value}, an optional
 * {@code export}, {@code "…"} values with escapes that may span lines, raw {@code '…'} values, and a {@code #}
 * comment after an unquoted value. No parser library covers these with positions, and the format is one line
 * per setting, so a small reader does it.
 */
final class EnvConfigReader implements ConfigReader {
    private static final Pattern KEY = Pattern.compile("\\G(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.\\-]*)[ \\t]*=[ \\t]*");
    /**
     * In noted-down credentials, a label of a few words, a colon and a blank: {@code Client secret: …}. The blank keeps
     * a URL's {@code https:} out.
     */
    private static final Pattern NOTE_KEY = Pattern.compile("\\G([A-Za-z][A-Za-z0-9_.\\-]*(?: [A-Za-z0-9_.\\-]+){0,3})[ \\t]*:[ \\t]+(?=\\S)");

    /** Whether {@code Label: value} lines are settings too, as in a text file of noted-down credentials. */
    private final boolean notes;

    EnvConfigReader() {
        this(false);
    }

    EnvConfigReader(boolean notes) {
        this.notes = notes;
    }

    @Override
    public ConfigDocument read(SourceFile file) {
        String text = file.text();
        ConfigDocument document = new ConfigDocument();
        Matcher key = KEY.matcher(text);
        Matcher label = notes ? NOTE_KEY.matcher(text) : null;
        int i = 0;
        while (i < text.length()) {
            i = ConfigText.skipBlanks(text, i);
            int lineEnd = ConfigText.lineEnd(text, i);
            if (i >= lineEnd) {
                i = ConfigText.nextLine(text, i);
                continue;
            }
            if (text.charAt(i) == '#') {
                document.comment(text.substring(i, lineEnd), new TextRange(i, lineEnd));
                i = ConfigText.nextLine(text, i);
                continue;
            }
            key.region(i, text.length());
            // asked once: the pattern's \G would stand at the end of the first match if asked again
            boolean setting = key.lookingAt();
            if (!setting && label != null) {
                label.region(i, lineEnd);
                if (label.lookingAt()) {
                    i = value(text, label.group(1), new TextRange(label.start(1), label.end(1)), label.end(), document);
                    continue;
                }
            }
            if (!setting) {
                // not a setting (a stray line): its text may still hold a URL
                int end = ConfigText.valueEnd(text, i, lineEnd, "#");
                document.entry(null, null, text.substring(i, end), new TextRange(i, end));
                i = ConfigText.nextLine(text, i);
                continue;
            }
            TextRange keyRange = new TextRange(key.start(1), key.end(1));
            int valueStart = key.end();
            i = value(text, key.group(1), keyRange, valueStart, document);
        }
        document.endDocument();
        return document;
    }

    private static int value(String text, String key, TextRange keyRange, int start, ConfigDocument document) {
        char first = start < text.length() ? text.charAt(start) : '\n';
        if (first == '"' || first == '\'') {
            String quote = String.valueOf(first);
            int end = ConfigText.stringEnd(text, start, quote, first == '"', true);
            if (end >= text.length() && !text.endsWith(quote) || end - start < 2) {
                // never closed: the value is the rest of its line, and the next lines are settings again
                end = ConfigText.lineEnd(text, start);
            }
            SourceOffsets.Builder value = ConfigText.value(text, start, end, quote, first == '"');
            document.entry(key, keyRange, value.value(), new TextRange(start, end), value.offsets());
            int lineEnd = ConfigText.lineEnd(text, end);
            int comment = text.indexOf('#', end);
            if (comment >= 0 && comment < lineEnd) {
                document.comment(text.substring(comment, lineEnd), new TextRange(comment, lineEnd));
            }
            return ConfigText.nextLine(text, end);
        }
        int lineEnd = ConfigText.lineEnd(text, start);
        int end = ConfigText.valueEnd(text, start, lineEnd, "#");
        document.entry(key, keyRange, text.substring(start, end), new TextRange(start, end));
        int comment = ConfigText.skipBlanks(text, end);
        if (comment < lineEnd && text.charAt(comment) == '#') {
            document.comment(text.substring(comment, lineEnd), new TextRange(comment, lineEnd));
        }
        return ConfigText.nextLine(text, start);
    }
}
