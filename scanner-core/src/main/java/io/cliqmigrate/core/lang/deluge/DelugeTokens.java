package io.cliqmigrate.core.lang.deluge;

import io.cliqmigrate.core.code.SourceOffsets;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.List;

/**
 * A small Deluge tokenizer: identifiers, numbers, double- and single-quoted strings (escapes resolved),
 * punctuation; comments and whitespace dropped. It is what the fact extraction walks, so calls and task blocks
 * are found even where the grammar gives up, and without running the parser on every script.
 */
final class DelugeTokens {

    enum Kind { IDENT, NUMBER, STRING, PUNCT }

    /**
     * A token; {@code newlineBefore} says whether a line break separates it from the previous token. A string's
     * {@code offsets} say where each character of its value is written.
     */
    record Token(Kind kind, String text, String value, TextRange range, boolean newlineBefore,
                 SourceOffsets offsets) {
        Token(Kind kind, String text, String value, TextRange range, boolean newlineBefore) {
            this(kind, text, value, range, newlineBefore, null);
        }

        boolean is(String punct) {
            return kind == Kind.PUNCT && text.equals(punct);
        }

        boolean isWord(String word) {
            return kind == Kind.IDENT && text.equalsIgnoreCase(word);
        }
    }

    private DelugeTokens() {}

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean newline = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                newline = true;
                i++;
            } else if (Character.isWhitespace(c) || c == '\uFEFF') {
                i++;
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                newline = true;
            } else if (c == '"' || c == '\'') {
                int start = i++;
                SourceOffsets.Builder value = new SourceOffsets.Builder();
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    char d = text.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        char e = text.charAt(++i);
                        value.add(e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e, i - 1, i + 1);
                    } else {
                        value.add(d, i, i + 1);
                    }
                    i++;
                }
                if (i < n && text.charAt(i) == c) {
                    i++;
                }
                tokens.add(new Token(Kind.STRING, text.substring(start, i), value.value(), new TextRange(start, i),
                        newline, value.offsets()));
                newline = false;
            } else if (Character.isLetter(c) || c == '_' || c == '$') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                        || text.charAt(i) == '$')) {
                    i++;
                }
                tokens.add(new Token(Kind.IDENT, text.substring(start, i), null, new TextRange(start, i), newline));
                newline = false;
            } else if (Character.isDigit(c)) {
                int start = i;
                while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i), null, new TextRange(start, i), newline));
                newline = false;
            } else {
                int len = i + 1 < n && "== != <= >= && || += -= *= /= %=".contains(text.substring(i, i + 2))
                        && text.charAt(i + 1) != ' ' ? 2 : 1;
                tokens.add(new Token(Kind.PUNCT, text.substring(i, i + len), null, new TextRange(i, i + len),
                        newline));
                newline = false;
                i += len;
            }
        }
        return tokens;
    }
}
