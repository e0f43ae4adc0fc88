package io.cliqmigrate.core.lang.lexical;

import java.util.List;

/**
 * A file's text with some ranges blanked, line breaks kept, so that each part of a mixed file (the PHP of a page,
 * the script of an HTML page) is read by its own scanner at its own offsets.
 */
final class Masks {
    private Masks() {}

    /** The text with everything outside ({@code keepRanges}) or inside the ranges blanked. */
    static String masked(String text, List<int[]> ranges, boolean keepRanges) {
        char[] out = text.toCharArray();
        int at = 0;
        for (int[] range : ranges) {
            if (keepRanges) {
                blank(out, at, range[0]);
            } else {
                blank(out, range[0], range[1]);
            }
            at = range[1];
        }
        if (keepRanges) {
            blank(out, at, out.length);
        }
        return new String(out);
    }

    private static void blank(char[] text, int from, int to) {
        for (int i = from; i < Math.min(to, text.length); i++) {
            if (text[i] != '\n' && text[i] != '\r') {
                text[i] = ' ';
            }
        }
    }
}
