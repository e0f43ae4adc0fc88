package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Human-readable report: findings grouped by file, each with a code frame (secrets already redacted) and its related
 * locations, the full message at each rule's first finding and its first sentence after that; a table of the rules
 * with findings; then processing errors and skipped files, then the summary. {@code --compact}: one line per
 * finding instead of the groups and the table. Colour only when asked for.
 */
public final class TextReporter implements Reporter {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";
    private static final String DIM = "\u001b[2m";
    private static final String RED = "\u001b[31m";
    private static final String YELLOW = "\u001b[33m";
    private static final String CYAN = "\u001b[36m";
    private static final String GREEN = "\u001b[32m";

    private static final int MAX_FRAME = 160;
    private static final int WINDOW_BEFORE = 60;
    /** Related locations listed under a finding: a setting read in a hundred files names the first few. */
    private static final int MAX_RELATED = 8;

    private final boolean color;
    private final ReportOptions options;

    /** Colour and the link prefix (each file's heading then names its hosted source too) from the options. */
    public TextReporter(ReportOptions options) {
        this.color = options.color();
        this.options = options;
    }

    @Override
    public String id() {
        return "text";
    }

    @Override
    public String defaultExtension() {
        return "txt";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : result.activeFindings()) {
            byFile.computeIfAbsent(f.location().path(), k -> new ArrayList<>()).add(f);
        }
        if (options.compact()) {
            for (Finding f : result.activeFindings()) {
                writeLine(f, out);
            }
            if (!byFile.isEmpty()) {
                out.write("\n");
            }
        } else {
            java.util.Set<String> explained = new java.util.HashSet<>();
            for (Map.Entry<String, List<Finding>> entry : byFile.entrySet()) {
                String link = options.link(entry.getKey(), 0);
                out.write(paint(BOLD, Printable.escape(entry.getKey()))
                        + (link == null ? "" : "  " + paint(DIM, Printable.escape(link))) + "\n");
                for (Finding f : entry.getValue()) {
                    writeFinding(f, explained.add(f.ruleId()), out);
                }
                out.write("\n");
            }
            if (!byFile.isEmpty()) {
                writeRuleTable(result, out);
            }
        }
        if (!result.errors().isEmpty()) {
            out.write(paint(BOLD, "Files not fully scanned:") + "\n");
            for (ProcessingError e : result.errors()) {
                String where = e.line() > 0 ? ":" + e.line() + ":" + e.column() : "";
                out.write("  " + Printable.escape(e.path()) + where + "  " + Printable.escape(e.message()) + "\n");
            }
            out.write("\n");
        }
        if (!result.skipped().isEmpty()) {
            out.write(paint(BOLD, "Skipped:") + "\n");
            for (SkippedFile s : result.skipped()) {
                out.write("  " + Printable.escape(s.path()) + "  (" + Printable.escape(s.reason()) + ")\n");
            }
            out.write("\n");
        }
        if (!result.unusedSuppressions().isEmpty()) {
            out.write(paint(BOLD, "Suppression comments that suppress nothing:") + "\n");
            for (ScanResult.UnusedSuppression u : result.unusedSuppressions()) {
                out.write("  " + Printable.escape(u.path()) + ":" + u.line() + "  " + Printable.escape(u.message())
                        + "\n");
            }
            out.write("\n");
        }
        out.write(summary(result, byFile.size()) + "\n");
        long safe = fixable(result, io.cliqmigrate.core.model.Fix.Applicability.SAFE);
        long review = fixable(result, io.cliqmigrate.core.model.Fix.Applicability.REVIEW);
        if (safe + review > 0) {
            out.write(plural((int) (safe + review), "finding") + " can be fixed automatically (" + safe + " safe, "
                    + review + " to review): run 'cliq-migrate fix' to see the changes, 'cliq-migrate fix --apply' to "
                    + "make them" + (review > 0 ? " ('--unsafe' for the ones to review)" : "") + "\n");
        }
    }

    /** Findings whose preferred automatic fix has this applicability. */
    private static long fixable(ScanResult result, io.cliqmigrate.core.model.Fix.Applicability applicability) {
        return result.activeFindings().stream().filter(f -> EffortEstimate.applied(f) == applicability).count();
    }


    /** {@code path:line:column  severity  [rule]  first sentence}: one line, for {@code --compact}. */
    private void writeLine(Finding f, Writer out) throws IOException {
        out.write(Printable.escape(f.location().path()) + ":" + f.location().startLine() + ":"
                + f.location().startColumn() + "  " + paint(colorOf(f.severity()), pad(f.severity().id(), 7)) + " "
                + paint(DIM, "[" + f.ruleId() + "]") + "  " + Printable.escape(firstSentence(f.message())) + "\n");
    }

    /**
     * The rules with findings: how many, the highest severity, how many the tool can fix. Each rule's message
     * is given in full at its first finding only, so this table is where a reader sees them all at once.
     */
    private void writeRuleTable(ScanResult result, Writer out) throws IOException {
        List<RuleTally> tallies = RuleTally.of(result).stream().filter(t -> !t.findings().isEmpty()).toList();
        int width = Math.max(4, tallies.stream().mapToInt(t -> t.id().length()).max().orElse(4));
        out.write(paint(BOLD, pad("Rule", width) + "  Findings  Highest  Fixable (safe / to review)") + "\n");
        for (RuleTally t : tallies) {
            Severity highest = t.findings().stream().map(Finding::severity)
                    .max(java.util.Comparator.naturalOrder()).orElseThrow();
            long safe = t.findings().stream()
                    .filter(f -> EffortEstimate.applied(f) == io.cliqmigrate.core.model.Fix.Applicability.SAFE).count();
            long review = t.findings().stream()
                    .filter(f -> EffortEstimate.applied(f) == io.cliqmigrate.core.model.Fix.Applicability.REVIEW).count();
            String count = String.valueOf(t.findings().size());
            out.write(pad(Printable.escape(t.id()), width) + "  " + " ".repeat(Math.max(0, 8 - count.length())) + count
                    + "  " + paint(colorOf(highest), pad(highest.id(), 7)) + "  " + safe + " / " + review + "\n");
        }
        out.write("\n");
    }

    /** A message's first sentence: what the finding is, without the explanation its rule's first finding gave. */
    static String firstSentence(String message) {
        int end = message.indexOf(". ");
        return end < 0 ? message : message.substring(0, end);
    }

    private void writeFinding(Finding f, boolean firstOfRule, Writer out) throws IOException {
        String position = f.location().startLine() + ":" + f.location().startColumn();
        out.write("  " + pad(position, 7) + " " + paint(colorOf(f.severity()), pad(f.severity().id(), 7)) + " "
                + Printable.escape(firstOfRule ? f.message() : firstSentence(f.message())) + "  "
                + paint(DIM, "[" + f.ruleId() + "]") + "\n");
        String[] lines = f.snippet().split("\n", -1);
        int first = f.location().startLine();
        int width = String.valueOf(first + lines.length - 1).length();
        int startCol = f.location().startColumn();
        int endCol = f.location().endLine() == f.location().startLine() ? f.location().endColumn()
                : lines[0].length() + 1;
        // very long lines (minified files, scripts embedded in JSON) are cut to a window around the finding
        int from = Math.max(0, Math.min(startCol - 1 - WINDOW_BEFORE, lines[0].length() - MAX_FRAME));
        if (lines[0].length() <= MAX_FRAME) {
            from = 0;
        }
        for (int i = 0; i < lines.length; i++) {
            out.write(paint(DIM, "    " + pad(String.valueOf(first + i), width) + " | ") + clip(lines[i], from) + "\n");
        }
        if (from > 0) {
            lines[0] = "…" + lines[0].substring(from);
            startCol = startCol - from + 1;
            endCol = endCol - from + 1;
        }
        String prefix = Printable.frame(lines[0].substring(0, Math.min(lines[0].length(), startCol - 1)));
        String marked = Printable.frame(lines[0].substring(Math.min(lines[0].length(), startCol - 1),
                Math.min(lines[0].length(), Math.max(startCol - 1, endCol - 1))));
        out.write(paint(DIM, "    " + " ".repeat(width) + " | ") + " ".repeat(prefix.length())
                + paint(colorOf(f.severity()), "^".repeat(Math.max(1, marked.length()))) + "\n");
        int shown = 0;
        for (io.cliqmigrate.core.model.RelatedLocation r : f.related()) {
            if (shown++ == MAX_RELATED) {
                out.write(paint(DIM, "    … and " + (f.related().size() - MAX_RELATED) + " more related locations")
                        + "\n");
                break;
            }
            out.write(paint(DIM, "    related: ") + Printable.escape(r.path()) + ":" + r.startLine() + ": "
                    + Printable.escape(Redactor.redactProse(r.message())) + "\n");
        }
        io.cliqmigrate.core.model.Fix fix = FixDiffs.automatic(f);
        if (fix != null) {
            out.write("    " + paint(GREEN, "fix (" + fix.applicability().id() + ")") + ": "
                    + Printable.escape(fix.description()) + "\n");
        }
    }

    private String summary(ScanResult result, int files) {
        Map<Severity, Integer> counts = result.countBySeverity();
        int total = result.activeFindings().size();
        StringBuilder sb = new StringBuilder();
        if (total == 0) {
            sb.append(paint(GREEN, "No findings"));
        } else {
            sb.append(paint(counts.get(Severity.ERROR) > 0 ? RED : YELLOW,
                    plural(total, "finding") + " (" + plural(counts.get(Severity.ERROR), "error") + ", "
                            + plural(counts.get(Severity.WARNING), "warning") + ", " + counts.get(Severity.INFO)
                            + " info) in " + plural(files, "file")));
        }
        sb.append("; ").append(result.suppressedFindings().size()).append(" suppressed");
        sb.append("; scanned ").append(plural(result.stats().filesScanned(), "file"))
                .append(" (").append(result.stats().filesCandidates()).append(" candidates, ")
                .append(result.stats().filesParsed()).append(" parsed)");
        sb.append("; ").append(plural(result.filesNotFullyScanned(), "file")).append(" not fully scanned (")
                .append(plural(result.errors().size(), "processing error")).append(", ")
                .append(result.skippedUnscanned().size()).append(" skipped)");
        sb.append("; ").append(plural(result.stats().ignored(), "path")).append(" ignored by .gitignore");
        if (!result.unusedSuppressions().isEmpty()) {
            sb.append("; ").append(plural(result.unusedSuppressions().size(), "unused suppression"));
        }
        if (result.baseline() != null) {
            sb.append('\n').append(BaselineSummary.of(result));
        }
        return sb.toString();
    }

    private static String clip(String line, int from) {
        String text = from > 0 && from < line.length() ? "…" + line.substring(from) : line;
        return Printable.frame(text.length() > MAX_FRAME + 1 ? text.substring(0, MAX_FRAME + 1) + "…" : text);
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }


    private static String colorOf(Severity severity) {
        return switch (severity) {
            case ERROR -> RED;
            case WARNING -> YELLOW;
            case INFO -> CYAN;
        };
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
