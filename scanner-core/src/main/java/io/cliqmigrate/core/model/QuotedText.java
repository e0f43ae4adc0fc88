package io.cliqmigrate.core.model;

import java.util.function.UnaryOperator;

/**
 * The quoted tokens of a message ({@code 'zoho.cliq.authtoken'}, {@code "\"pw\""}, {@code '"pw"'}): where rule
 * and parser messages quote the file's text. A quote opens a token only where a word cannot go on
 * ({@code user's} is no quote) and closes it where the token ends, so a quote inside the token ({@code '"pw"'})
 * does not end it early; a backslash escapes the next character.
 */
public final class QuotedText {
    private QuotedText() {}

    /** The text with each quoted token's content (quotes excluded) replaced by what {@code content} makes of it. */
    public static String mapQuoted(String text, UnaryOperator<String> content) {
        if (text == null || text.indexOf('"') < 0 && text.indexOf('\'') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        while (at < text.length()) {
            char c = text.charAt(at);
            int close = isQuote(c) && (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    ? closing(text, at) : -1;
            if (close < 0) {
                out.append(c);
                at++;
                continue;
            }
            out.append(c).append(content.apply(text.substring(at + 1, close))).append(c);
            at = close + 1;
        }
        return out.toString();
    }

    public static boolean isQuote(char c) {
        return c == '"' || c == '\'';
    }

    private static int closing(String text, int open) {
        char quote = text.charAt(open);
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote && (i + 1 == text.length() || isTokenEnd(text.charAt(i + 1)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isTokenEnd(char c) {
        return Character.isWhitespace(c) || ",.;:)]}>/".indexOf(c) >= 0;
    }
}
