package io.cliqmigrate.core.lang.lexical;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code inside a page or template: the body of a {@code <script>} or ColdFusion {@code <cfscript>} element, and
 * the scriptlets of JSP, ASP, ERB and EJS ({@code <% … %>}). The rest of the page is markup: its tags' attributes are
 * read, its prose is not.
 */
final class PageSegments {
    private static final Pattern OPENER = Pattern.compile("(?i)<(script|cfscript)\\b[^>]*>|<%");

    private PageSegments() {}

    /** The ranges [start, end) of code, in order; empty when the page has none. */
    static List<int[]> code(String text) {
        List<int[]> ranges = new ArrayList<>();
        Matcher opener = OPENER.matcher(text);
        int from = 0;
        while (from < text.length() && opener.find(from)) {
            int start = opener.end();
            String close = opener.group(1) == null ? "%>" : "</" + opener.group(1);
            int end = indexOfIgnoreCase(text, close, start);
            end = end < 0 ? text.length() : end;
            ranges.add(new int[] {start, end});
            from = Math.min(text.length(), end + close.length());
        }
        return ranges;
    }

    private static int indexOfIgnoreCase(String text, String what, int from) {
        for (int i = from; i + what.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }
}
