package io.cliqmigrate.core.lang.lexical;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Here-documents: shell {@code <<EOF} / {@code <<-'EOF'}, Ruby {@code <<~SQL} / {@code <<-EOS}, PHP
 * {@code <<<EOT} / {@code <<<'EOT'}. The opener only announces the body, which starts on the next line, so the rest
 * of the opener's line ({@code cat <<EOF | curl -d @- https://…}) is still code.
 */
final class HereDocuments {
    private static final Pattern SHELL = Pattern.compile("<<-?[ \\t]*(['\"]?)([A-Za-z_][A-Za-z_0-9]*)\\1");
    /** Ruby: no blank after {@code <<} ({@code a << b} appends), and an unquoted name in capitals. */
    private static final Pattern RUBY = Pattern.compile("<<[~-]?(?:(['\"`])([A-Za-z_][A-Za-z_0-9]*)\\1|()([A-Z_][A-Z_0-9]*)\\b)");
    private static final Pattern PHP = Pattern.compile("<<<[ \\t]*(['\"]?)([A-Za-z_][A-Za-z_0-9]*)\\1");

    private final Pattern opener;
    private String delimiter;
    private int bodyStart = -1;

    private HereDocuments(Pattern opener) {
        this.opener = opener;
    }

    /** The here-documents of a language, or {@code null} when it has none. */
    static HereDocuments of(String languageId, LexicalSyntax syntax) {
        if (syntax.mode() == LexicalSyntax.Mode.SHELL) {
            return new HereDocuments(SHELL);
        }
        return switch (languageId) {
            case "ruby" -> new HereDocuments(RUBY);
            case "php" -> new HereDocuments(PHP);
            default -> null;
        };
    }

    /** Notes a here-document opened at {@code i}; returns the offset past its opener, or {@code i}. */
    int open(String text, int i) {
        if (text.charAt(i) != '<' || bodyStart >= 0) {
            return i;
        }
        Matcher m = opener.matcher(text).region(i, Math.min(text.length(), i + 80));
        if (!m.lookingAt()) {
            return i;
        }
        int newline = text.indexOf('\n', m.end());
        if (newline < 0) {
            return i;
        }
        delimiter = m.group(2) != null ? m.group(2) : m.group(4);
        bodyStart = newline + 1;
        return m.end();
    }

    /** Whether a body starts at {@code i}; a body passed over (inside a string that ran on) is dropped. */
    boolean bodyAt(int i) {
        if (bodyStart >= 0 && i > bodyStart) {
            bodyStart = -1;
        }
        return bodyStart >= 0 && i == bodyStart;
    }

    /**
     * Reads the body that starts at {@link #bodyAt}: each line goes to {@code line(start, end)}. Returns the offset
     * of the terminator line's end.
     */
    int readBody(String text, java.util.function.IntBinaryOperator line) {
        int lineStart = bodyStart;
        bodyStart = -1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int contentEnd = lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
            if (terminates(text.substring(lineStart, contentEnd).strip())) {
                return contentEnd;
            }
            if (contentEnd > lineStart) {
                line.applyAsInt(lineStart, contentEnd);
            }
            lineStart = lineEnd + 1;
        }
        return text.length();
    }

    /** {@code EOS}, or PHP's {@code EOT;} / {@code EOT,} / {@code EOT)}. */
    private boolean terminates(String line) {
        return line.startsWith(delimiter) && (line.length() == delimiter.length()
                || !Character.isJavaIdentifierPart(line.charAt(delimiter.length())));
    }
}
