package io.cliqmigrate.core.lang.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.cliqmigrate.core.code.Comment;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.io.IOException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * YAML through Jackson's streaming YAML parser: every document of a stream, flow and block collections, block
 * scalars, quoting and escapes as YAML defines them, with the start and end of every token. Jackson never builds
 * objects from YAML tags, and an alias of a collection is not expanded (an alias of a scalar reads as that scalar),
 * so a hostile file can neither run code nor blow up; the alias and nesting limits bound the parser itself.
 */
final class YamlConfigReader implements ConfigReader {
    /** Made when a scan first reads YAML, not by every scan. */
    private static final class Factory {
        static final YAMLFactory INSTANCE = YAMLFactory.builder()
                .loaderOptions(loaderOptions())
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(JsonConfigReader.MAX_DEPTH)
                        .build())
                .build();
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(JsonConfigReader.MAX_DEPTH);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(Integer.MAX_VALUE);
        return options;
    }

    @Override
    public ConfigDocument read(SourceFile file) throws ConfigSyntaxException {
        ConfigDocument document = new ConfigDocument();
        KeyPath path = new KeyPath();
        java.util.Map<String, String> anchors = new java.util.HashMap<>();
        java.util.List<TextRange> blocks = new java.util.ArrayList<>();
        int depth = 0;
        boolean rootSeen = false;
        try (YAMLParser parser = (YAMLParser) Factory.INSTANCE.createParser(file.text())) {
            TextRange keyRange = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (depth == 0 && token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    if (rootSeen) {
                        document.endDocument();
                    }
                    rootSeen = true;
                }
                switch (token) {
                    case START_OBJECT -> {
                        path.enterObject();
                        depth++;
                    }
                    case START_ARRAY -> {
                        path.enterArray();
                        depth++;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.leave();
                        depth--;
                    }
                    case FIELD_NAME -> {
                        path.key(parser.currentName());
                        keyRange = range(file, parser.currentTokenLocation(), parser.currentLocation());
                        continue;
                    }
                    default -> {
                        String name = path.scalar();
                        TextRange written = range(file, parser.currentTokenLocation(), parser.currentLocation());
                        TextRange valueRange = withoutProperties(file, written);
                        String value = token == JsonToken.VALUE_NULL ? "" : parser.getText();
                        boolean alias = parser.isCurrentAlias();
                        if (alias) {
                            // *name stands for the scalar anchored as &name; a collection is not expanded
                            value = anchors.get(value);
                        } else {
                            String anchor = anchor(file.text(), written.start(), valueRange.start());
                            if (anchor != null) {
                                anchors.put(anchor, value);
                            }
                        }
                        java.util.List<EnvListItems.Variable> variables = value == null || alias || !name.endsWith("]")
                                ? java.util.List.of()
                                : EnvListItems.of(value, file.slice(valueRange), valueRange.start());
                        if (!variables.isEmpty()) {
                            for (EnvListItems.Variable variable : variables) {
                                document.entry(name + "." + variable.name(), variable.nameRange(), variable.value(),
                                        variable.valueRange());
                            }
                        } else if (value != null && (alias || valueRange.length() == 0)) {
                            document.entry(name, keyRange == null ? valueRange : keyRange, value, valueRange);
                        } else if (value != null) {
                            document.entry(name, keyRange == null ? valueRange : keyRange, value, valueRange,
                                    YamlScalars.read(file.text(), valueRange.start(), valueRange.end()));
                        }
                        if (file.lines().line(valueRange.end()) > file.lines().line(valueRange.start())) {
                            blocks.add(valueRange);
                        }
                    }
                }
                keyRange = null;
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigSyntaxException(e.getOriginalMessage().lines().findFirst().orElse("invalid YAML"),
                    at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new ConfigSyntaxException(e.getMessage(), 0, 0);
        }
        document.endDocument();
        comments(file, document, blocks);
        return document;
    }

    /**
     * YAML comments start a line or follow whitespace; a {@code #} inside a word (a URL fragment) is text, and so
     * is a {@code #} line inside a block scalar ({@code script: |}).
     */
    private static void comments(SourceFile file, ConfigDocument document, java.util.List<TextRange> blocks) {
        String text = file.text();
        for (Comment comment : new LexicalScanner(LexicalSyntax.YAML).comments(file)) {
            int at = comment.range().start();
            boolean inBlock = blocks.stream().anyMatch(b -> b.start() <= at && at < b.end());
            if (!inBlock && (at == 0 || Character.isWhitespace(text.charAt(at - 1)))) {
                document.comment(comment.text(), comment.range());
            }
        }
    }

    /** The anchor ({@code &name}) written before a value, or {@code null}; Jackson does not report it. */
    private static String anchor(String text, int from, int to) {
        java.util.regex.Matcher m = ANCHOR.matcher(text).region(from, to);
        return m.find() ? m.group(1) : null;
    }

    private static final java.util.regex.Pattern ANCHOR = java.util.regex.Pattern.compile("&([^\\s,\\[\\]{}]+)");

    /** A value's range without its anchor and tag ({@code &a !!str v} is {@code v}). */
    private static TextRange withoutProperties(SourceFile file, TextRange range) {
        String text = file.text();
        int start = range.start();
        while (start < range.end() && (text.charAt(start) == '&' || text.charAt(start) == '!')) {
            int blank = start;
            while (blank < range.end() && !Character.isWhitespace(text.charAt(blank))) {
                blank++;
            }
            while (blank < range.end() && Character.isWhitespace(text.charAt(blank))) {
                blank++;
            }
            if (blank >= range.end()) {
                break;
            }
            start = blank;
        }
        return new TextRange(start, range.end());
    }

    /** SnakeYAML counts columns in code points; the rest of the scanner counts UTF-16 characters. */
    private static TextRange range(SourceFile file, JsonLocation start, JsonLocation end) {
        int from = offset(file, start);
        return new TextRange(from, Math.max(from, offset(file, end)));
    }

    private static int offset(SourceFile file, JsonLocation location) {
        int line = Math.max(1, Math.min(location.getLineNr(), file.lines().lineCount()));
        int lineStart = file.lines().lineStart(line);
        String text = file.text();
        int offset = lineStart;
        for (int column = 1; column < location.getColumnNr() && offset < text.length(); column++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }
}
