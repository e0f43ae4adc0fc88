package io.cliqmigrate.reports;

import com.github.difflib.DiffUtils;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Location;
import io.cliqmigrate.core.model.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proposed fix of a finding as a unified diff, for reports that only have the scan result (no file text): the
 * edits that fall inside the finding's code frame are applied to the frame and diffed the way {@code fix} diffs a
 * file ({@link FixReports#diffLines}); a file the fix creates is shown as {@code fix} shows one; an edit outside
 * the frame (another file, another part of this one) is listed with the text it writes, since the text it
 * replaces is not in the report. Everything is masked as in every report.
 */
final class FixDiffs {
    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(,\\d+)? \\+(\\d+)(,\\d+)? @@");

    private FixDiffs() {}

    /** The preferred automatic fix of a finding, or {@code null} when it has only manual steps. */
    static Fix automatic(Finding f) {
        return f.fixes().stream().filter(Fix::automatic).findFirst().orElse(null);
    }

    /** The diff of the finding's preferred automatic fix, one string per line; empty without one. */
    static List<String> of(Finding f) {
        Fix fix = automatic(f);
        if (fix == null) {
            return List.of();
        }
        List<String> frame = FixReports.lines(f.snippet());
        int first = f.location().startLine();
        List<TextEdit> inFrame = new ArrayList<>();
        List<TextEdit> elsewhere = new ArrayList<>();
        for (TextEdit edit : fix.edits()) {
            (inside(edit, f.location().path(), frame, first) ? inFrame : elsewhere).add(edit);
        }
        List<String> out = new ArrayList<>();
        if (!inFrame.isEmpty()) {
            List<String> after = FixReports.lines(applied(frame, first, inFrame));
            for (String line : FixReports.diffLines(f.location().path(), frame, DiffUtils.diff(frame, after),
                    frame.size())) {
                out.add(shifted(line, first - 1));
            }
        }
        for (TextEdit edit : elsewhere) {
            if (edit.creates()) {
                out.addAll(FixReports.newFileLines(edit.path(), MaskedEdits.replacement(edit)));
                continue;
            }
            Location at = edit.location();
            out.add("--- a/" + Printable.escape(edit.path()));
            out.add("+++ b/" + Printable.escape(edit.path()));
            out.add("@@ " + (at == null ? "offset " + edit.range().start() : "line " + at.startLine() + ", column "
                    + at.startColumn()) + ": the replaced text is not in this report; the new text is @@");
            for (String line : FixReports.lines(MaskedEdits.replacement(edit))) {
                out.add(Printable.line(io.cliqmigrate.core.model.Redactor.redact("+" + line)));
            }
        }
        return out;
    }

    private static boolean inside(TextEdit edit, String path, List<String> frame, int first) {
        Location at = edit.location();
        if (edit.creates() || at == null || !edit.path().equals(path)) {
            return false;
        }
        int startLine = at.startLine() - first;
        int endLine = at.endLine() - first;
        return startLine >= 0 && endLine < frame.size() && at.startColumn() - 1 <= frame.get(startLine).length()
                && at.endColumn() - 1 <= frame.get(endLine).length();
    }

    /** The frame's text with the edits applied, the last first so that earlier columns stay where they are. */
    private static String applied(List<String> frame, int first, List<TextEdit> edits) {
        StringBuilder text = new StringBuilder(String.join("\n", frame));
        List<TextEdit> lastFirst = new ArrayList<>(edits);
        lastFirst.sort(Comparator.comparingInt((TextEdit e) -> e.range().start()).reversed());
        for (TextEdit edit : lastFirst) {
            Location at = edit.location();
            text.replace(offset(frame, at.startLine() - first, at.startColumn()),
                    offset(frame, at.endLine() - first, at.endColumn()), MaskedEdits.replacement(edit));
        }
        return text.toString();
    }

    private static int offset(List<String> frame, int line, int column) {
        int at = 0;
        for (int i = 0; i < line; i++) {
            at += frame.get(i).length() + 1;
        }
        return at + column - 1;
    }

    /** A hunk header of the frame's diff with the file's line numbers. */
    private static String shifted(String line, int by) {
        Matcher m = HUNK.matcher(line);
        if (!m.find()) {
            return line;
        }
        return "@@ -" + (Integer.parseInt(m.group(1)) + by) + (m.group(2) == null ? "" : m.group(2)) + " +"
                + (Integer.parseInt(m.group(3)) + by) + (m.group(4) == null ? "" : m.group(4)) + " @@"
                + line.substring(m.end());
    }
}
