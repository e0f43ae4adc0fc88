package io.cliqmigrate.core.lang.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import io.cliqmigrate.core.lang.Escapes;
import io.cliqmigrate.core.lang.lexical.LexicalScanner;
import io.cliqmigrate.core.lang.lexical.LexicalSyntax;
import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextRange;
import java.io.IOException;

/**
 * JSON, and JSON with comments and trailing commas (VS Code settings, tsconfig, appsettings), through Jackson's
 * streaming parser, which gives the character offset of every token.
 */
final class JsonConfigReader implements ConfigReader {
    static final int MAX_DEPTH = 500;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_YAML_COMMENTS,
                    JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();

    @Override
    public ConfigDocument read(SourceFile file) throws ConfigSyntaxException {
        String text = file.text();
        ConfigDocument document = new ConfigDocument();
        new LexicalScanner(LexicalSyntax.JSON).comments(file).forEach(c -> document.comment(c.text(), c.range()));
        KeyPath path = new KeyPath();
        try (JsonParser parser = FACTORY.createParser(text)) {
            TextRange keyRange = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                int start = (int) parser.currentTokenLocation().getCharOffset();
                switch (token) {
                    case START_OBJECT -> path.enterObject();
                    case START_ARRAY -> path.enterArray();
                    case END_OBJECT, END_ARRAY -> path.leave();
                    case FIELD_NAME -> {
                        path.key(parser.currentName());
                        keyRange = new TextRange(start, tokenEnd(text, start));
                        continue;
                    }
                    default -> {
                        int end = token == JsonToken.VALUE_STRING ? tokenEnd(text, start)
                                : (int) parser.currentLocation().getCharOffset();
                        String value = token == JsonToken.VALUE_NULL ? "" : parser.getText();
                        TextRange valueRange = new TextRange(start, end);
                        TextRange key = keyRange == null ? valueRange : keyRange;
                        if (token == JsonToken.VALUE_STRING && end - start >= 2) {
                            document.entry(path.scalar(), key, value, valueRange,
                                    Escapes.backslashes(text, start + 1, end - 1));
                        } else {
                            document.entry(path.scalar(), key, value, valueRange);
                        }
                    }
                }
                keyRange = null;
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new ConfigSyntaxException(e.getOriginalMessage(), at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr());
        } catch (IOException e) {
            throw new ConfigSyntaxException(e.getMessage(), 0, 0);
        }
        document.endDocument();
        return document;
    }

    /** The end of a quoted string (after its closing quote) or of an unquoted name starting at {@code start}. */
    static int tokenEnd(String text, int start) {
        char quote = text.charAt(start);
        if (quote != '"' && quote != '\'') {
            int i = start;
            while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '-')) {
                i++;
            }
            return i;
        }
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return text.length();
    }
}
