package io.cliqmigrate.reports;

/**
 * Makes text from scanned files safe to print on a terminal or in a log: a file named {@code a\nb.java} must not
 * break the grouping or fake report lines, and an escape sequence or a bidirectional override in a source line must
 * not repaint the screen or reorder what the reader sees. Such characters are shown as escapes.
 */
final class Printable {
    private Printable() {}

    /** Escapes line breaks, tabs, every other control character and bidirectional controls. */
    static String escape(String text) {
        return escape(text, false);
    }

    /** For a code frame: tabs become four spaces (so carets line up); everything else as {@link #escape}. */
    static String frame(String text) {
        return escape(text, true);
    }

    /** For a line of a diff: tabs stay tabs (they are the code's), everything else as {@link #escape}. */
    static String line(String text) {
        return escape(text, null);
    }

    /** {@code expandTabs}: spaces for a frame, {@code \t} for one-line text, {@code null} to keep tabs. */
    private static String escape(String text, Boolean expandTabs) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c, expandTabs);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c, Boolean expandTabs) {
        return switch (c) {
            case '\t' -> expandTabs == null ? null : expandTabs ? "    " : "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> c < 0x20 || c >= 0x7f && c <= 0x9f ? String.format("\\x%02x", (int) c)
                    : c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                            ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
