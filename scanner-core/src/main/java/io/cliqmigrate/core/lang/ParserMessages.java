package io.cliqmigrate.core.lang;

import io.cliqmigrate.core.model.QuotedText;
import io.cliqmigrate.core.model.Redactor;

/**
 * Parsers quote the token they stopped at ({@code Found "\"Correct horse battery\""},
 * {@code extraneous input '"Correct horse battery"'}, {@code Unrecognized token 'hunter2'}), and that token may be
 * a password. A syntax message shows a quoted token in full only when it reads as a keyword, a name or an
 * operator ({@code "}"}, {@code 'invokeurl'}); a literal (a quote, a blank or a digit in it) or a long run is
 * masked like any secret, keeping its quotes and its first characters.
 */
final class ParserMessages {
    /** Keywords and operators are at most this long ({@code synchronized}). */
    private static final int LONGEST_KEYWORD = 12;

    private ParserMessages() {}

    static String mask(String message) {
        return QuotedText.mapQuoted(message, token -> isLiteral(token) ? maskLiteral(token) : token);
    }

    private static boolean isLiteral(String token) {
        return token.length() > LONGEST_KEYWORD || token.chars().anyMatch(c -> QuotedText.isQuote((char) c)
                || Character.isWhitespace(c) || Character.isDigit(c));
    }

    /** The token masked inside its own quotes, which stay: {@code \"Corr*****************\"}. */
    private static String maskLiteral(String token) {
        int start = 0;
        int end = token.length();
        while (start < end && (QuotedText.isQuote(token.charAt(start)) || token.charAt(start) == '\\')) {
            start++;
        }
        while (end > start && QuotedText.isQuote(token.charAt(end - 1))) {
            end--;
            if (end > start && token.charAt(end - 1) == '\\') {
                end--;
            }
        }
        return token.substring(0, start) + Redactor.mask(token.substring(start, end)) + token.substring(end);
    }
}
