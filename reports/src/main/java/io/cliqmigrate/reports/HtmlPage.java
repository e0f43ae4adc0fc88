package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Redactor;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the HTML report's template shows, worked out from the scan result: the template only lays it out (and
 * escapes every value). {@code data} is the findings' JSON data island ({@link HtmlData}), already safe to embed.
 */
public record HtmlPage(String title, Status status, Counts counts, List<Chart> charts,
                       List<String> ruleIds, List<String> setup, List<RuleSteps> checklist,
                       List<NotScanned> notScanned, List<RuleDoc> rules, String data) {

    /** Pass/fail against {@code --fail-on}; {@code kind} is the CSS class (pass, fail, report-only). */
    public record Status(String kind, String text) {}

    public record Counts(int findings, int suppressed, long files, int filesScanned, int candidates, int parsed,
                         int errors, int skipped, int ignored, long safe, long review, long manual) {}

    /** A bar chart: its title, its bars, its height in pixels. */
    public record Chart(String title, List<Bar> bars, int height) {}

    /** One bar of a chart: its row's top, its length in the chart's units. */
    public record Bar(String label, int count, int y, int width, String kind) {}

    public record RuleSteps(String ruleId, String summary, int findings, List<String> steps) {}

    public record NotScanned(String path, String reason) {}

    public record RuleDoc(String id, String summary, String severity, String helpUri, String documentation) {}

    static final int BAR_ROW = 22;
    static final int BAR_MAX = 240;

    static HtmlPage of(ScanResult result, ReportOptions options, String data) {
        List<Finding> active = result.activeFindings();
        List<RuleTally> tallies = RuleTally.of(result).stream().filter(t -> !t.findings().isEmpty()).toList();
        Map<Severity, Integer> counts = result.countBySeverity();
        Chart bySeverity = chart("By severity", List.of(Severity.ERROR, Severity.WARNING, Severity.INFO).stream()
                .map(s -> new Bar(s.id(), counts.get(s), 0, 0, s.id())).toList());
        Chart byRule = chart("By rule", tallies.stream().map(t -> new Bar(t.id(), t.findings().size(), 0, 0, "rule")).toList());
        return new HtmlPage(result.toolName() + " " + result.toolVersion() + " migration report",
                status(active, options.failOn()), counts(result, active), List.of(bySeverity, byRule),
                tallies.stream().map(RuleTally::id).toList(), MarkdownReporter.CHECKLIST.stream()
                .map(HtmlPage::plain).toList(), checklist(result, tallies), notScanned(result),
                result.rules().stream().map(d -> new RuleDoc(d.id(), d.summary(), d.severity().id(),
                        safeLink(d.helpUri()), d.documentation())).toList(), data);
    }

    /** A link the page may carry: https only, so no {@code javascript:} or {@code data:} URL from anywhere. */
    static String safeLink(String uri) {
        return uri != null && uri.startsWith("https://") ? uri : null;
    }

    private static Status status(List<Finding> active, Severity failOn) {
        if (failOn == null) {
            return new Status("report-only", "Report only (--fail-on none)");
        }
        long failing = RuleTally.failing(active, failOn);
        return failing > 0
                ? new Status("fail", "Failed: " + RuleTally.plural(failing, "finding") + " at or above " + failOn.id())
                : new Status("pass", "Passed: no finding at or above " + failOn.id());
    }

    private static Counts counts(ScanResult result, List<Finding> active) {
        long safe = 0;
        long review = 0;
        for (Finding f : active) {
            Fix fix = FixDiffs.automatic(f);
            if (fix != null && fix.applicability() == Fix.Applicability.SAFE) {
                safe++;
            } else if (fix != null) {
                review++;
            }
        }
        ScanResult.Stats stats = result.stats();
        return new Counts(active.size(), result.suppressedFindings().size(),
                active.stream().map(f -> f.location().path()).distinct().count(), stats.filesScanned(),
                stats.filesCandidates(), stats.filesParsed(), result.errors().size(), result.skippedUnscanned().size(),
                stats.ignored(), safe, review, active.size() - safe - review);
    }

    /** A chart of the bars with their rows placed and lengths scaled to the largest count. */
    private static Chart chart(String title, List<Bar> raw) {
        int max = raw.stream().mapToInt(Bar::count).max().orElse(0);
        List<Bar> out = new ArrayList<>();
        for (Bar b : raw) {
            int width = max == 0 ? 0 : Math.max(b.count() > 0 ? 1 : 0, Math.round((float) b.count() * BAR_MAX / max));
            out.add(new Bar(b.label(), b.count(), out.size() * BAR_ROW, width, b.kind()));
        }
        return new Chart(title, out, Math.max(BAR_ROW, out.size() * BAR_ROW));
    }

    /** Per rule with findings, the steps its fixes leave to people, each once, in the order first met. */
    private static List<RuleSteps> checklist(ScanResult result, List<RuleTally> tallies) {
        List<RuleSteps> out = new ArrayList<>();
        for (RuleTally t : tallies) {
            Set<String> steps = new LinkedHashSet<>();
            for (Finding f : t.findings()) {
                for (Fix fix : f.fixes()) {
                    fix.steps().forEach(step -> steps.add(Redactor.redactProse(step)));
                }
            }
            String summary = result.rules().stream().filter(d -> d.id().equals(t.id())).map(RuleDescriptor::summary)
                    .findFirst().orElse("");
            out.add(new RuleSteps(t.id(), summary, t.findings().size(), List.copyOf(steps)));
        }
        return out;
    }

    private static List<NotScanned> notScanned(ScanResult result) {
        List<NotScanned> out = new ArrayList<>();
        for (ProcessingError e : result.errors()) {
            out.add(new NotScanned(e.path() + (e.line() > 0 ? ":" + e.line() + ":" + e.column() : ""),
                    Redactor.redactProse(e.message())));
        }
        for (SkippedFile s : result.skippedUnscanned()) {
            out.add(new NotScanned(s.path(), "skipped: " + s.reason()));
        }
        return out;
    }

    /** The shared checklist is written in Markdown; the page shows it as text. */
    private static String plain(String markdown) {
        return markdown.replace("`", "").replace("*", "");
    }
}
