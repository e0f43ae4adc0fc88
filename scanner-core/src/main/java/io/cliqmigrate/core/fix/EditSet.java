package io.cliqmigrate.core.fix;

import io.cliqmigrate.core.model.SourceFile;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The edits of one file, applied as splices into its original text: bytes outside the edits are never touched.
 * Identical edits (two fixes agreeing on one change) count once; edits that collide are refused. A line break in a
 * replacement is written with the ending of the line the edit is on, so a CRLF file stays CRLF.
 */
public final class EditSet {
    private final SourceFile file;
    private final List<TextEdit> edits = new ArrayList<>();
    /** The edits by start offset: the set never overlaps itself, so a new edit meets at most its neighbours. */
    private final java.util.TreeMap<Integer, List<TextEdit>> byStart = new java.util.TreeMap<>();

    public EditSet(SourceFile file) {
        this.file = file;
    }

    /** The first edit already in the set that {@code edit} collides with, or {@code null}. */
    public TextEdit conflict(TextEdit edit) {
        java.util.Map.Entry<Integer, List<TextEdit>> before = byStart.floorEntry(edit.range().start());
        List<List<TextEdit>> near = new ArrayList<>();
        if (before != null) {
            near.add(before.getValue());
        }
        near.addAll(byStart.subMap(edit.range().start(), false, Math.max(edit.range().start(), edit.range().end()),
                false).values());
        for (List<TextEdit> list : near) {
            for (TextEdit e : list) {
                if (e.conflictsWith(edit)) {
                    return e;
                }
            }
        }
        return null;
    }

    /** Adds the edit unless an identical one is in the set; a colliding edit is a caller's mistake. */
    public void add(TextEdit edit) {
        if (!edit.path().equals(file.path())) {
            throw new IllegalArgumentException("edit of " + edit.path() + " added to the edits of " + file.path());
        }
        if (edit.range().end() > file.text().length()) {
            throw new IllegalArgumentException("edit past the end of " + file.path());
        }
        List<TextEdit> here = byStart.get(edit.range().start());
        if (here != null && here.stream().anyMatch(edit::sameChange)) {
            return;
        }
        TextEdit other = conflict(edit);
        if (other != null) {
            throw new IllegalArgumentException("edits collide at " + edit.range() + " and " + other.range());
        }
        edits.add(edit);
        byStart.computeIfAbsent(edit.range().start(), k -> new ArrayList<>()).add(edit);
    }

    /** The edits in file order, each replacement with the line ending of its line. */
    public List<TextEdit> normalised() {
        List<TextEdit> out = new ArrayList<>(edits.size());
        for (TextEdit e : edits) {
            out.add(e.withReplacement(withLineEnding(e.replacement(), lineEndingAt(e.range().start()))));
        }
        // insertions at one point (two notes above one line) go in the order of their text, whoever proposed them
        out.sort(Comparator.comparing(TextEdit::range).thenComparing(TextEdit::replacement));
        return out;
    }

    /** The file's text with every edit applied. */
    public String apply() {
        String text = file.text();
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextEdit e : normalised()) {
            out.append(text, at, e.range().start()).append(e.replacement());
            at = e.range().end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Maps ranges of the original text through a file's normalised edits, each in log time (a file may have
     * thousands): a range an edit cut into grows to that edit's new text, and an insertion at the range's end stays
     * outside it.
     */
    public static final class Mover {
        private final int[] starts;
        private final int[] ends;
        /** {@code shift[k]}: how far the edits before the k-th move the text after them. */
        private final int[] shift;
        private final int[] delta;

        public Mover(List<TextEdit> normalised) {
            int n = normalised.size();
            starts = new int[n];
            ends = new int[n];
            delta = new int[n];
            shift = new int[n + 1];
            for (int k = 0; k < n; k++) {
                TextEdit e = normalised.get(k);
                starts[k] = e.range().start();
                ends[k] = e.range().end();
                delta[k] = e.replacement().length() - e.range().length();
                shift[k + 1] = shift[k] + delta[k];
            }
        }

        public TextRange moved(TextRange range) {
            int start = moved(range.start(), false);
            return new TextRange(start, Math.max(start, moved(range.end(), true)));
        }

        private int moved(int offset, boolean end) {
            // the edits wholly before the offset are a prefix (edits are sorted and do not overlap): find its end
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] < offset) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            int k = lo;
            // an edit ending right at the offset is before it, except an insertion there for a range's end
            while (k < starts.length && ends[k] == offset && (starts[k] < ends[k] || !end)) {
                k++;
            }
            if (k < starts.length && starts[k] < offset && offset < ends[k]) {
                return end ? ends[k] + shift[k] + delta[k] : starts[k] + shift[k];
            }
            return offset + shift[k];
        }
    }

    private String lineEndingAt(int offset) {
        String text = file.text();
        for (int i = offset; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return "\n";
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            }
        }
        return file.lineSeparator();
    }

    private static String withLineEnding(String replacement, String ending) {
        if (replacement.indexOf('\n') < 0 && replacement.indexOf('\r') < 0) {
            return replacement;
        }
        return replacement.replace("\r\n", "\n").replace('\r', '\n').replace("\n", ending);
    }
}
