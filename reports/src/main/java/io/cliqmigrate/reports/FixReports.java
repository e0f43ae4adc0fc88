package io.cliqmigrate.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.EqualDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import io.cliqmigrate.core.engine.SecretText;
import io.cliqmigrate.core.fix.FixPlan;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.TextEdit;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What {@code fix} prints: the planned changes as a unified diff, or the plan as JSON. Secret values of a file are
 * masked on both sides before the diff is made (so a removed token shows masked, as in the scan's code frames),
 * and every line goes through the redactor.
 */
public final class FixReports {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int CONTEXT = 3;

    private FixReports() {}

    public static void writeDiff(FixPlan plan, Writer out) throws IOException {
        for (FixPlan.FileChange change : plan.changes().values()) {
            if (change.creates()) {
                writeNewFile(change, out);
                continue;
            }
            List<String> secrets = change.file().secrets();
            List<String> before = lines(SecretText.mask(change.file().source().text(), secrets));
            List<String> after = lines(SecretText.mask(change.newText(), secrets));
            Patch<String> patch = patch(change, before, after);
            for (String line : diffLines(change.file().path(), before, patch, CONTEXT)) {
                out.write(line);
                out.write('\n');
            }
        }
        out.flush();
    }

    /**
     * The unified diff of {@code patch} over the lines {@code before} of the file at {@code path}, as {@code fix}
     * prints it: the file name escaped (a newline in it cannot fake a header line), every other line redacted and
     * escaped. The HTML report draws its proposed fixes with this too.
     */
    static List<String> diffLines(String path, List<String> before, Patch<String> patch, int context) {
        String shown = Printable.escape(path);
        List<String> out = new ArrayList<>();
        for (String line : UnifiedDiffUtils.generateUnifiedDiff("a/" + shown, "b/" + shown, before, patch, context)) {
            out.add(line.startsWith("---") || line.startsWith("+++") || line.startsWith("@@") ? line
                    : Printable.line(Redactor.redact(line)));
        }
        return out;
    }

    private static void writeNewFile(FixPlan.FileChange change, Writer out) throws IOException {
        for (String line : newFileLines(change.file().path(), change.newText())) {
            out.write(line);
            out.write('\n');
        }
    }

    /** A new file as git shows one: from {@code /dev/null}, every line added, redacted and escaped. */
    static List<String> newFileLines(String path, String text) {
        List<String> lines = lines(text);
        List<String> out = new ArrayList<>();
        out.add("--- /dev/null");
        out.add("+++ b/" + Printable.escape(path));
        if (!lines.isEmpty()) {
            out.add("@@ -0,0 +1" + (lines.size() == 1 ? "" : "," + lines.size()) + " @@");
        }
        for (String line : lines) {
            out.add(Printable.line(Redactor.redact("+" + line)));
        }
        return out;
    }

    /** A message about a file of the scan for stderr: its path escaped, what it says redacted. */
    public static String message(String text) {
        return Printable.escape(Redactor.redactProse(text));
    }

    /** One line that says what was planned or applied, what was left out and what is left to people. */
    public static String summary(FixPlan plan, boolean applied, Map<String, String> failures) {
        FixPlan.Status done = applied ? FixPlan.Status.APPLIED : FixPlan.Status.PLANNED;
        long safe = plan.count(done, Fix.Applicability.SAFE);
        long review = plan.count(done, Fix.Applicability.REVIEW);
        long skipped = plan.count(FixPlan.Status.SKIPPED);
        // after --apply the plan holds the files written; the ones that could not be are the failures
        int files = plan.changes().size();
        long created = plan.filesCreated();
        StringBuilder s = new StringBuilder();
        s.append(safe + review).append(safe + review == 1 ? " fix " : " fixes ").append(applied ? "applied" : "planned")
                .append(" (").append(safe).append(" safe, ").append(review).append(" review)")
                .append(", ").append(files).append(files == 1 ? " file " : " files ")
                .append(applied ? "changed" : "to change");
        if (created > 0) {
            s.append(" (").append(created).append(applied ? " created)" : " to create)");
        }
        if (skipped > 0) {
            s.append(", ").append(skipped).append(" skipped");
        }
        if (plan.reviewWithheld() > 0) {
            s.append(", ").append(plan.reviewWithheld()).append(plan.reviewWithheld() == 1 ? " finding" : " findings")
                    .append(" with a review fix (--unsafe applies it)");
        }
        s.append(", ").append(plan.manualFindings()).append(plan.manualFindings() == 1 ? " finding" : " findings")
                .append(" left for manual work");
        if (!failures.isEmpty()) {
            s.append(", ").append(failures.size()).append(failures.size() == 1 ? " file" : " files")
                    .append(" could not be written");
        }
        return s.toString();
    }

    public static void writeJson(FixPlan plan, boolean applied, Map<String, String> failures, String toolVersion,
                                 Writer out) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", 1);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", "cliq-migrate");
        tool.put("version", toolVersion);
        root.put("applied", applied);
        ObjectNode summary = root.putObject("summary");
        for (FixPlan.Status status : FixPlan.Status.values()) {
            summary.put(status.id(), plan.count(status));
        }
        summary.put("filesChanged", plan.changes().size());
        summary.put("filesCreated", plan.filesCreated());
        summary.put("reviewWithheld", plan.reviewWithheld());
        summary.put("manualFindings", plan.manualFindings());
        summary.put("filesNotWritten", failures.size());
        ArrayNode fixes = root.putArray("fixes");
        for (FixPlan.PlannedFix p : plan.fixes()) {
            ObjectNode n = fixes.addObject();
            Finding f = p.finding();
            n.put("ruleId", f.ruleId());
            n.put("path", f.location().path());
            n.put("startLine", f.location().startLine());
            n.put("fingerprint", f.fingerprint());
            n.put("strategy", p.fix().strategy());
            n.put("description", Redactor.redactProse(p.fix().description()));
            n.put("applicability", p.fix().applicability().id());
            n.put("status", p.status().id());
            if (p.reason() != null) {
                n.put("reason", Redactor.redactProse(p.reason()));
            }
            ArrayNode resolves = n.putArray("resolves");
            for (Finding r : p.resolves()) {
                ObjectNode rn = resolves.addObject();
                rn.put("ruleId", r.ruleId());
                rn.put("path", r.location().path());
                rn.put("startLine", r.location().startLine());
                rn.put("fingerprint", r.fingerprint());
            }
            ArrayNode edits = n.putArray("edits");
            for (TextEdit e : p.fix().edits()) {
                edits.add(JsonReporter.edit(e));
            }
            if (!p.fix().steps().isEmpty()) {
                ArrayNode steps = n.putArray("steps");
                p.fix().steps().forEach(step -> steps.add(Redactor.redactProse(step)));
            }
        }
        ArrayNode files = root.putArray("files");
        java.util.Set<String> paths = new java.util.TreeSet<>(plan.changes().keySet());
        paths.addAll(failures.keySet());
        for (String path : paths) {
            ObjectNode fn = files.addObject();
            fn.put("path", path);
            fn.put("status", failures.containsKey(path) ? "not-written" : applied ? "written" : "to-change");
            FixPlan.FileChange change = plan.changes().get(path);
            if (change != null && change.creates()) {
                fn.put("creates", true);
            }
            if (failures.containsKey(path)) {
                fn.put("reason", Redactor.redactProse(failures.get(path)));
            }
        }
        MAPPER.writeValue(new NonClosing(out), root);
        out.write('\n');
        out.flush();
    }

    /**
     * The diff of a changed file, made by the library region by region: the edits say which lines changed, so each
     * run of changed lines is diffed alone and its deltas moved to their place in the file; the library then draws
     * the hunks with their context. A script
     * with thousands of edits then costs thousands of small diffs, not one whose time grows with lines × changes.
     */
    public static Patch<String> patch(FixPlan.FileChange change, List<String> before, List<String> after) {
        io.cliqmigrate.core.model.LineIndex lines = change.file().source().lines();
        String text = change.file().source().text();
        Patch<String> out = new Patch<>();
        List<TextEdit> edits = change.edits();
        int shift = 0; // lines the edits before the current cluster added
        int k = 0;
        while (k < edits.size()) {
            int first = lines.line(edits.get(k).range().start()) - 1;
            int last = lines.line(edits.get(k).range().end()) - 1;
            int added = addedLines(text, edits.get(k));
            int j = k + 1;
            // edits on the same or the next line are diffed together; the context around hunks comes afterwards
            while (j < edits.size() && lines.line(edits.get(j).range().start()) - 1 <= last + 1) {
                last = Math.max(last, lines.line(edits.get(j).range().end()) - 1);
                added += addedLines(text, edits.get(j));
                j++;
            }
            int oldFrom = first;
            int oldTo = Math.min(before.size(), last + 1);
            int newFrom = Math.min(after.size(), oldFrom + shift);
            int newTo = Math.max(newFrom, Math.min(after.size(), oldTo + shift + added));
            for (AbstractDelta<String> d : DiffUtils.diff(before.subList(oldFrom, oldTo), after.subList(newFrom, newTo))
                    .getDeltas()) {
                out.addDelta(shifted(d, oldFrom, newFrom));
            }
            shift += added;
            k = j;
        }
        return out;
    }

    private static AbstractDelta<String> shifted(AbstractDelta<String> d, int oldFrom, int newFrom) {
        Chunk<String> source = new Chunk<>(d.getSource().getPosition() + oldFrom, d.getSource().getLines());
        Chunk<String> target = new Chunk<>(d.getTarget().getPosition() + newFrom, d.getTarget().getLines());
        return switch (d.getType()) {
            case DELETE -> new DeleteDelta<>(source, target);
            case INSERT -> new InsertDelta<>(source, target);
            case EQUAL -> new EqualDelta<>(source, target);
            default -> new ChangeDelta<>(source, target);
        };
    }

    /** How many lines an edit adds (negative: removes), counting a CRLF as one break as the line index does. */
    private static int addedLines(String text, TextEdit e) {
        return breaks(e.replacement()) - breaks(text.substring(e.range().start(), e.range().end()));
    }

    private static int breaks(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n')) {
                n++;
            }
        }
        return n;
    }

    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Jackson closes what it writes to; the caller owns the writer. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
