package io.cliqmigrate.reports;

/**
 * Makes text from the scan (paths, messages) safe in GitHub-flavoured Markdown: it stays on its table row, cannot
 * end a cell, start a code span, emphasis, a link or an image, and cannot become HTML. Control characters and line
 * breaks are shown as escapes first ({@link Printable}), then Markdown's punctuation is backslash-escaped and
 * {@code < > &} become entities.
 */
final class MarkdownText {
    /**
     * Punctuation that opens or closes something inside a table cell or a link text: a cell, a code span,
     * emphasis, strikethrough, a link or an image ({@code (} and {@code !} do nothing without a bracket).
     */
    private static final String ESCAPED = "\\`*_[]|~";

    private MarkdownText() {}

    static String escape(String text) {
        String printable = Printable.escape(text);
        StringBuilder out = new StringBuilder(printable.length() + 16);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (ESCAPED.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    /**
     * A link to a URL this tool made (a link prefix and a percent-encoded path): in angle brackets, where only
     * {@code <}, {@code >} and line breaks end it, so those are encoded.
     */
    static String link(String text, String url) {
        String target = url.replace("<", "%3C").replace(">", "%3E").replace("\n", "%0A").replace("\r", "%0D")
                .replace(" ", "%20");
        return "[" + escape(text) + "](<" + target + ">)";
    }
}
