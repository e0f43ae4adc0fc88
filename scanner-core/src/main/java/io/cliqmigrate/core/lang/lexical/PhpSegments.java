package io.cliqmigrate.core.lang.lexical;

import java.util.ArrayList;
import java.util.List;

/**
 * The PHP code of a {@code .php} file and the page around it: code runs from {@code <?php} (or {@code <?=},
 * {@code <?}) to {@code ?>}, which ends it even inside a line comment but not inside a string; the rest is HTML,
 * read as markup (a form's fields, its {@code <!-- -->} comments). A file with no opening tag at all is a snippet of
 * code saved without one, read as code.
 */
final class PhpSegments {
    private PhpSegments() {}

    /** The ranges [start, end) of PHP code, in order; {@code null} when the file is code from end to end. */
    static List<int[]> code(String text) {
        int open = text.indexOf("<?");
        if (open < 0 || open == 0 && text.indexOf("?>") < 0) {
            return null;
        }
        List<int[]> ranges = new ArrayList<>();
        int i = open;
        while (i >= 0 && i < text.length()) {
            int start = i;
            int end = codeEnd(text, i + 2);
            ranges.add(new int[] {start, end});
            i = end >= text.length() ? -1 : text.indexOf("<?", end);
        }
        return ranges;
    }

    /** Just past the {@code ?>} that closes code started before {@code from}, or the end of the text. */
    private static int codeEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '?' && i + 1 < text.length() && text.charAt(i + 1) == '>') {
                return i + 2;
            }
            if (c == '\'' || c == '"' || c == '`') {
                i = stringEnd(text, i);
            } else if (c == '<' && text.startsWith("<<<", i)) {
                i = hereDocumentEnd(text, i);
            } else if (c == '/' && text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 ? text.length() : close + 2;
            } else if (c == '#' || c == '/' && text.startsWith("//", i)) {
                // a line comment ends at the line's end or at ?>, whichever comes first
                while (i < text.length() && text.charAt(i) != '\n'
                        && !(text.charAt(i) == '?' && text.startsWith("?>", i))) {
                    i++;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    /** A heredoc or nowdoc ({@code <<<EOT} … {@code EOT;}) may hold {@code ?>} (an XML prolog): its end, past the marker. */
    private static int hereDocumentEnd(String text, int at) {
        java.util.regex.Matcher opener = HERE_DOCUMENT.matcher(text).region(at, text.length());
        if (!opener.lookingAt()) {
            return at + 3;
        }
        java.util.regex.Matcher closer = java.util.regex.Pattern.compile(
                "(?m)^[ \\t]*" + java.util.regex.Pattern.quote(opener.group(1)) + "(?!\\w)").matcher(text);
        return closer.find(opener.end()) ? closer.end() : text.length();
    }

    private static final java.util.regex.Pattern HERE_DOCUMENT = java.util.regex.Pattern.compile(
            "<<<[ \\t]*[\"']?([A-Za-z_]\\w*)[\"']?[ \\t]*\\r?\\n");

    private static int stringEnd(String text, int quoteAt) {
        char quote = text.charAt(quoteAt);
        int i = quoteAt + 1;
        while (i < text.length() && text.charAt(i) != quote) {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }
}
