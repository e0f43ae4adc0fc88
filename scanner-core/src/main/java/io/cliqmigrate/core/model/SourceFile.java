package io.cliqmigrate.core.model;

import java.nio.charset.Charset;

/**
 * One decoded file: its path relative to the scan root (forward slashes), language id, text, the charset it
 * was decoded with, whether it had a BOM and its dominant line separator. Never mutated.
 */
public final class SourceFile {
    private final String path;
    private final String languageId;
    private final String text;
    private final Charset charset;
    private final boolean bom;
    private final String lineSeparator;
    private volatile LineIndex lineIndex;
    private volatile String lowerCaseAscii;

    public SourceFile(String path, String languageId, String text, Charset charset, boolean bom) {
        this(path, languageId, text, charset, bom, dominantSeparator(text));
    }

    private SourceFile(String path, String languageId, String text, Charset charset, boolean bom,
                       String lineSeparator) {
        this.path = path;
        this.languageId = languageId;
        this.text = text;
        this.charset = charset;
        this.bom = bom;
        this.lineSeparator = lineSeparator;
    }

    /**
     * A file a fix creates, before it has any text: UTF-8 without a byte-order mark, and the line separator its
     * content is to be written with (an empty text has none of its own).
     */
    public static SourceFile created(String path, String languageId, String lineSeparator) {
        return new SourceFile(path, languageId, "", java.nio.charset.StandardCharsets.UTF_8, false, lineSeparator);
    }

    public static SourceFile of(String path, String languageId, String text) {
        return new SourceFile(path, languageId, text, java.nio.charset.StandardCharsets.UTF_8, false);
    }

    public String path() {
        return path;
    }

    public String languageId() {
        return languageId;
    }

    public String text() {
        return text;
    }

    /**
     * The text with ASCII letters in lower case and every other character as it is (so offsets are the text's):
     * searched with {@code indexOf} for a lower-case word, it finds the word in any case. Made once, when a rule
     * first asks.
     */
    public String lowerCaseAscii() {
        String lower = lowerCaseAscii;
        if (lower == null) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                char c = chars[i];
                if (c >= 'A' && c <= 'Z') {
                    chars[i] = (char) (c | 0x20);
                }
            }
            lower = new String(chars);
            lowerCaseAscii = lower;
        }
        return lower;
    }

    public Charset charset() {
        return charset;
    }

    public boolean bom() {
        return bom;
    }

    public String lineSeparator() {
        return lineSeparator;
    }

    public LineIndex lines() {
        LineIndex index = lineIndex;
        if (index == null) {
            index = LineIndex.of(text);
            lineIndex = index;
        }
        return index;
    }

    public SourceFile withLanguage(String otherLanguageId) {
        return new SourceFile(path, otherLanguageId, text, charset, bom);
    }

    /** The text of a 1-based line without its separator. */
    public String lineText(int line) {
        LineIndex index = lines();
        return text.substring(index.lineStart(line), index.lineContentEnd(text, line));
    }

    public String slice(TextRange range) {
        return text.substring(range.start(), Math.min(range.end(), text.length()));
    }

    private static String dominantSeparator(String text) {
        return dominantSeparator(java.util.List.of(text));
    }

    /** The line separator most used over all the texts ({@code \n} when they have none, or on a tie with it). */
    public static String dominantSeparator(java.util.Collection<String> texts) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\r') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        crlf++;
                        i++;
                    } else {
                        cr++;
                    }
                } else if (c == '\n') {
                    lf++;
                }
            }
        }
        if (crlf > lf && crlf >= cr) {
            return "\r\n";
        }
        return cr > lf ? "\r" : "\n";
    }
}
