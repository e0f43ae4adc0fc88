package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.code.CodeFacts;
import io.cliqmigrate.core.code.FoldedString;
import io.cliqmigrate.core.code.FoldedString.Segment;
import io.cliqmigrate.core.model.TextRange;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credential values that a string expression shows only once folded, because the key and its value are written
 * in different pieces: {@code "&PASSWORD=" + "Correct horse " + "battery"}, {@code "&PASSWORD=" + p} with
 * {@code p} a constant of the file, {@code String.format(G + "?EMAIL_ID=%s&PASSWORD=%s", email, "…")},
 * {@code "…{}".format(G, "ops@acme.io", "…")}. Each character of a folded string knows where in the file it came
 * from, so the value's pieces are found where they are written. A value written inside its key's own literal is
 * {@link SecretValues}' to find.
 */
final class FoldedCredentials {
    /** A format placeholder standing for a value: {@code %s}, {@code {}}, {@code {1}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("%[sdr]|\\{(\\d*)}");
    /** What opens a format's arguments in the code after the format string: {@code % (}, {@code .format(}. */
    private static final Pattern ARGUMENTS_OPENER = Pattern.compile("^\\s*(?:%\\s*\\(?|\\.\\s*format\\s*\\()");
    /** The longest code between two pieces that is read for argument separators. */
    private static final int MAX_CODE = 200;
    private static final char HOLE = FoldedString.HOLE;

    private final CodeFacts facts;
    private final Consumer<TextRange> sink;

    FoldedCredentials(CodeFacts facts, Consumer<TextRange> sink) {
        this.facts = facts;
        this.sink = sink;
    }

    /**
     * Reports the places of the value that follows the key ending at {@code valueStart} (its {@code =}) in the
     * folded string.
     */
    void valueAfter(FoldedString folded, int valueStart) {
        String text = folded.text();
        int end = valueStart;
        while (end < text.length() && "&\n\r\"".indexOf(text.charAt(end)) < 0 && text.charAt(end) != HOLE) {
            end++;
        }
        Matcher placeholder = PLACEHOLDER.matcher(text).region(valueStart, end);
        if (placeholder.matches()) {
            argument(folded, valueStart, placeholder);
        } else {
            origins(folded, valueStart, end);
        }
    }

    /**
     * The places in this file of the characters [{@code from}, {@code to}) of a folded string: where the literals
     * it covers write them, and the literals of this file's constants it reads. A literal whose characters are
     * not mapped counts only when the range covers it whole (it may hold the key too).
     */
    private void origins(FoldedString folded, int from, int to) {
        List<Segment> segments = folded.segments();
        int at = 0;
        for (int i = 0; i < segments.size() && at < to; ) {
            Segment segment = segments.get(i);
            int end = at + segment.text().length();
            if (segment.kind() == FoldedString.Kind.REFERENCE) {
                // the run of pieces one reference brought in, which are its constant's own folded value
                FoldedString.Reference reference = segment.reference();
                int runEnd = end;
                int next = i + 1;
                while (next < segments.size() && segments.get(next).reference() == reference) {
                    runEnd += segments.get(next).text().length();
                    next++;
                }
                if (runEnd > from && reference.path().equals(facts.file().path())) {
                    origins(reference.value(), Math.max(0, from - at), Math.min(runEnd, to) - at);
                }
                at = runEnd;
                i = next;
                continue;
            }
            if (segment.kind() == FoldedString.Kind.LITERAL && end > Math.max(at, from)) {
                TextRange written = segment.written(Math.max(0, from - at), Math.min(end, to) - at);
                if (written != null) {
                    sink.accept(written);
                } else if (at >= from && end <= to) {
                    sink.accept(segment.origin());
                }
            }
            at = end;
            i++;
        }
    }

    /**
     * A value given as a format placeholder: the argument it stands for, when that argument is written out. The
     * format is the run of known text around the placeholder; its arguments follow, separated by commas in the
     * code between the pieces, or one a piece where the code shows none (a parsed call).
     */
    private void argument(FoldedString folded, int valueStart, Matcher placeholder) {
        String text = folded.text();
        int formatStart = text.lastIndexOf(HOLE, valueStart) + 1;
        int formatEnd = text.indexOf(HOLE, valueStart);
        if (formatEnd < 0) {
            return;
        }
        int wanted = placeholderIndex(text.substring(formatStart, valueStart), placeholder);
        List<Segment> segments = folded.segments();
        int index = -1;
        boolean open = false;
        boolean continued = false;
        boolean first = true;
        int at = 0;
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            int start = at;
            at += segment.text().length();
            if (start < formatEnd) {
                continue;
            }
            if (segment.kind() != FoldedString.Kind.HOLE) {
                if (!open || !continued) {
                    index++;
                }
                open = true;
                continued = false;
                if (index == wanted) {
                    int end = start;
                    while (i < segments.size() && segments.get(i).kind() != FoldedString.Kind.HOLE) {
                        end += segments.get(i++).text().length();
                    }
                    origins(folded, start, end);
                    return;
                }
                continue;
            }
            String code = code(segment.origin());
            if (first) {
                Matcher opener = ARGUMENTS_OPENER.matcher(code);
                code = opener.lookingAt() ? code.substring(opener.end()) : code;
                first = false;
            }
            int depth = 0;
            int pieceStart = 0;
            for (int c = 0; c <= code.length(); c++) {
                char ch = c < code.length() ? code.charAt(c) : ',';
                if (ch == '(' || ch == '[' || ch == '{') {
                    depth++;
                } else if ((ch == ')' || ch == ']' || ch == '}') && depth-- == 0) {
                    return; // the end of the arguments
                } else if (ch == ',' && depth == 0) {
                    String piece = code.substring(pieceStart, Math.min(c, code.length())).strip();
                    if (!piece.isEmpty()) {
                        if (!open || !continued) {
                            index++;
                        }
                        open = true;
                        continued = piece.endsWith("+") || piece.endsWith(".") || piece.endsWith("<<");
                    }
                    if (c < code.length()) {
                        open = false; // a comma ends an argument
                    }
                    pieceStart = c + 1;
                }
            }
            if (index > wanted || index == wanted && !continued) {
                return; // the argument is code, not a written value
            }
        }
    }

    /** Which argument a placeholder takes: its number, or how many placeholders come before it. */
    private static int placeholderIndex(String formatBefore, Matcher placeholder) {
        String number = placeholder.group(1);
        if (number != null && !number.isEmpty()) {
            return Integer.parseInt(number);
        }
        int index = 0;
        Matcher before = PLACEHOLDER.matcher(formatBefore);
        while (before.find()) {
            index++;
        }
        return index;
    }

    private String code(TextRange range) {
        String text = facts.file().text();
        if (range.end() > text.length() || range.length() > MAX_CODE) {
            return "…";
        }
        return text.substring(range.start(), range.end());
    }
}
