package io.cliqmigrate.core.code;

import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A string expression with every resolvable constant substituted: known text plus holes (one
 * {@link #HOLE} character each), and for every character the place in the current file it came from.
 */
public final class FoldedString {
    public static final char HOLE = '\u0000';

    /** How a segment's text reached the expression. */
    public enum Kind { LITERAL, HOLE, REFERENCE }

    /**
     * A run of text. {@code origin} is in the file being checked: the literal itself, or the reference that
     * brought the text in; {@code reference} describes that reference when there is one. A literal's run knows
     * where each of its characters is written ({@code offsets}, {@code null} when that is not known).
     */
    public record Segment(String text, Kind kind, TextRange origin, Reference reference, SourceOffsets offsets) {
        public Segment(String text, Kind kind, TextRange origin, Reference reference) {
            this(text, kind, origin, reference, null);
        }

        /**
         * Where this literal's characters [{@code from}, {@code to}) are written in the file, or {@code null} when
         * that is not known exactly (a reference, a hole, a literal its adapter did not map).
         */
        public TextRange written(int from, int to) {
            return kind == Kind.LITERAL && offsets != null && to <= offsets.length() ? offsets.range(from, to) : null;
        }
    }

    /** A resolved constant: its key, its own folded value, and where it is declared. */
    public record Reference(String key, FoldedString value, String path, TextRange declaration, int line) {}

    private final List<Segment> segments;
    private final String text;
    private final int[] starts;

    public FoldedString(List<Segment> segments) {
        this.segments = Collections.unmodifiableList(new ArrayList<>(segments));
        StringBuilder sb = new StringBuilder();
        starts = new int[segments.size()];
        for (int i = 0; i < segments.size(); i++) {
            starts[i] = sb.length();
            sb.append(segments.get(i).text());
        }
        text = sb.toString();
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The text with each unknown part shown as one {@link #HOLE}. */
    public String text() {
        return text;
    }

    /** The segment that holds the character at {@code offset} of {@link #text()}. */
    public Segment segmentAt(int offset) {
        int index = indexAt(offset);
        return index < 0 ? null : segments.get(index);
    }

    /** Where, inside its segment, the character at {@code offset} sits. */
    public int offsetInSegment(int offset) {
        int index = indexAt(offset);
        return index < 0 ? 0 : offset - starts[index];
    }

    private int indexAt(int offset) {
        if (segments.isEmpty()) {
            return -1;
        }
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        // skip empty segments so the offset lands on the segment that really holds the character
        while (lo < segments.size() - 1 && segments.get(lo).text().isEmpty()) {
            lo++;
        }
        return lo;
    }

    @Override
    public String toString() {
        return text.replace(HOLE, '…');
    }
}
