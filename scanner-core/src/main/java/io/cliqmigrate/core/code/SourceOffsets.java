package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;
import java.util.Arrays;
import java.util.function.IntUnaryOperator;

/**
 * Where each character of a literal's value is written in the file. A value is what the language makes of its
 * source: {@code "a\"b"} is {@code a"b}, whose quote is written as the two characters {@code \"}; {@code &amp;} in
 * XML is one {@code &}; a YAML scalar folded over two lines has a blank where the source breaks the line. A match in
 * the value is reported at exactly the source that writes it, whatever the escapes, folds and line joins before it.
 */
public final class SourceOffsets {
    /** The value is its source text, unchanged, starting at {@link #base}. */
    private final int base;
    private final int length;
    /** Otherwise: the source range [starts[i], ends[i]) writes the value's character i. */
    private final int[] starts;
    private final int[] ends;

    private SourceOffsets(int base, int length, int[] starts, int[] ends) {
        this.base = base;
        this.length = length;
        this.starts = starts;
        this.ends = ends;
    }

    /** A value written as it is, from {@code start} on. */
    public static SourceOffsets verbatim(int start, int length) {
        return new SourceOffsets(start, length, null, null);
    }

    /**
     * The offsets of a literal an adapter did not map: its value written out whole inside its range, alone or
     * between one pair of quotes. {@code null} when the source spells the value otherwise (an escape, a fold).
     */
    public static SourceOffsets ofVerbatim(String fileText, TextRange range, String value) {
        int start = range.start();
        int end = Math.min(range.end(), fileText.length());
        int extra = end - start - value.length();
        if (extra == 2 && start < end && "\"'`".indexOf(fileText.charAt(start)) >= 0
                && fileText.charAt(end - 1) == fileText.charAt(start)) {
            start++;
        } else if (extra != 0) {
            return null;
        }
        return fileText.startsWith(value, start) ? verbatim(start, value.length()) : null;
    }

    /** How many characters the value has. */
    public int length() {
        return length;
    }

    /** Where the value's character {@code index} starts in the file; the value's end for {@code index == length}. */
    public int start(int index) {
        if (starts == null) {
            return base + index;
        }
        return index < length ? starts[index] : length == 0 ? 0 : ends[length - 1];
    }

    /** Where the value's character {@code index} ends in the file. */
    public int end(int index) {
        return starts == null ? base + index + 1 : ends[index];
    }

    /**
     * The file range that writes the value's characters [{@code from}, {@code to}): from the first character's
     * first source character to the last one's last, escapes included.
     */
    public TextRange range(int from, int to) {
        int start = start(Math.min(from, length));
        return to > from ? new TextRange(start, Math.max(start, end(Math.min(to, length) - 1)))
                : new TextRange(start, start);
    }

    /** The offsets of the value's characters [{@code from}, {@code to}): a piece cut from the value. */
    public SourceOffsets slice(int from, int to) {
        if (starts == null) {
            return verbatim(base + from, to - from);
        }
        return new SourceOffsets(0, to - from, Arrays.copyOfRange(starts, from, to), Arrays.copyOfRange(ends, from, to));
    }

    /**
     * The offsets moved into a container by {@code toContainer}, which maps a position of this text to one of the
     * container (a script inside a JSON string, where one character may be written as several).
     */
    public SourceOffsets moved(IntUnaryOperator toContainer) {
        int[] s = new int[length];
        int[] e = new int[length];
        for (int i = 0; i < length; i++) {
            s[i] = toContainer.applyAsInt(start(i));
            e[i] = toContainer.applyAsInt(end(i));
        }
        return new SourceOffsets(0, length, s, e);
    }

    /** Builds a value and its offsets together, a character (or a run) at a time. */
    public static final class Builder {
        private final StringBuilder value = new StringBuilder();
        private int[] starts = new int[16];
        private int[] ends = new int[16];

        /** A character of the value, written by the source [{@code from}, {@code to}). */
        public Builder add(char c, int from, int to) {
            if (value.length() == starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
                ends = Arrays.copyOf(ends, ends.length * 2);
            }
            starts[value.length()] = from;
            ends[value.length()] = to;
            value.append(c);
            return this;
        }

        /**
         * A character standing for the characters [{@code from}, {@code to}) of another value (a format string's
         * {@code %%} for one {@code %}), written where those are; {@code written} is that value's offsets, or
         * {@code null} when they are not known.
         */
        public Builder addFrom(char c, SourceOffsets written, int from, int to) {
            return add(c, written == null ? 0 : written.start(from), written == null ? 0 : written.end(to - 1));
        }

        /** A code point of the value (two characters when it is supplementary), written by [{@code from}, {@code to}). */
        public Builder addCodePoint(int codePoint, int from, int to) {
            for (char c : Character.toChars(codePoint)) {
                add(c, from, to);
            }
            return this;
        }

        /** The characters [{@code from}, {@code to}) of {@code text}, each written by itself at {@code text}'s offsets. */
        public Builder addVerbatim(String text, int from, int to) {
            for (int i = from; i < to; i++) {
                add(text.charAt(i), i, i + 1);
            }
            return this;
        }

        public int length() {
            return value.length();
        }

        public boolean isEmpty() {
            return value.length() == 0;
        }

        public void clear() {
            value.setLength(0);
        }

        /** Drops the last {@code count} characters. */
        public void dropLast(int count) {
            value.setLength(value.length() - count);
        }

        /** Drops the blanks at both ends, as {@link String#strip()} does. */
        public Builder strip() {
            int end = value.length();
            while (end > 0 && Character.isWhitespace(value.charAt(end - 1))) {
                end--;
            }
            int start = 0;
            while (start < end && Character.isWhitespace(value.charAt(start))) {
                start++;
            }
            value.setLength(end);
            value.delete(0, start);
            System.arraycopy(starts, start, starts, 0, end - start);
            System.arraycopy(ends, start, ends, 0, end - start);
            return this;
        }

        public char charAt(int index) {
            return value.charAt(index);
        }

        public String value() {
            return value.toString();
        }

        public SourceOffsets offsets() {
            int n = value.length();
            boolean verbatim = true;
            for (int i = 0; i < n && verbatim; i++) {
                verbatim = starts[i] == starts[0] + i && ends[i] == starts[i] + 1;
            }
            // most literals are written as they read: no table to keep
            return verbatim ? verbatim(n == 0 ? 0 : starts[0], n)
                    : new SourceOffsets(0, n, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }

        /**
         * The offsets, when this value is {@code expected} (the value an adapter's parser read): equal, or equal
         * but where an escape writes a character this reading decoded differently (Java's {@code \s}); otherwise
         * {@code null}, so a reading that disagrees with the parser never moves a position.
         */
        public SourceOffsets offsetsFor(String expected) {
            if (expected.length() != value.length()) {
                return null;
            }
            for (int i = 0; i < expected.length(); i++) {
                if (expected.charAt(i) != value.charAt(i) && ends[i] - starts[i] < 2) {
                    return null;
                }
            }
            return offsets();
        }
    }
}
