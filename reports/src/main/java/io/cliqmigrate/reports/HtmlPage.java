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
public record HtmlPage(String title, Header header, Status status, String progress, String baseline, Counts counts, List<Chart> charts,
                       EffortTable effort, SetupManifest manifest, TokenProvenance provenance,
                       List<String> ruleIds, List<String> languages, List<String> setup, List<RuleSteps> checklist,
                       List<NotScanned> notScanned, List<RuleDoc> rules, String data, RepositoryTable repositories) {

    /** The scan's facts, as label and value pairs, in the order shown. */
    public record Header(List<Fact> facts) {}

    public record Fact(String label, String value) {}

    /** The effort estimate's rows as shown, and the total. */
    public record EffortTable(List<EffortRow> rows, String total) {}

    public record EffortRow(String ruleId, int safe, int review, int manual, String minutesEach, String duration,
                            String assumption) {}

    /** Pass/fail against {@code --fail-on}; {@code kind} is the CSS class (pass, fail, report-only). */
    public record Status(String kind, String text) {}

    public record Counts(int findings, long legacy, int suppressed, long files, int filesScanned, int candidates, int parsed,
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

    static HtmlPage of(ScanResult result, ReportOptions options, Progress progress, String data) {
        List<Finding> active = result.activeFindings();
        List<RuleTally> tallies = RuleTally.of(result).stream().filter(t -> !t.findings().isEmpty()).toList();
        Map<Severity, Integer> counts = result.countBySeverity();
        Chart bySeverity = chart("By severity", List.of(Severity.ERROR, Severity.WARNING, Severity.INFO).stream()
                .map(s -> new Bar(s.id(), counts.get(s), 0, 0, s.id())).toList());
        Chart byRule = chart("By rule", tallies.stream().map(t -> new Bar(t.id(), t.findings().size(), 0, 0, "rule")).toList());
        List<Chart> charts = List.of(bySeverity, byRule, facet("By language", active, f -> FindingFacets.language(
                f.location().path())), facet("By Zoho service", active, FindingFacets::service),
                facet("By data centre", active, FindingFacets.dataCentres(active)),
                facet("By target", active, FindingFacets::target));
        return new HtmlPage(result.toolName() + " " + result.toolVersion() + " migration report",
                header(result), status(active, options.failOn(), result.baseline() != null),
                progress == null ? null : progress.summary(), BaselineSummary.of(result), counts(result, active), charts,
                effort(EffortEstimate.of(result)), SetupManifest.of(result), TokenProvenance.of(result),
                tallies.stream().map(RuleTally::id).toList(), result.findings().stream()
                .map(f -> FindingFacets.language(f.location().path())).distinct().sorted().toList(),
                MarkdownReporter.CHECKLIST.stream()
                .map(HtmlPage::plain).toList(), checklist(result, tallies), notScanned(result),
                result.rules().stream().map(d -> new RuleDoc(d.id(), d.summary(), d.severity().id(),
                        safeLink(d.helpUri()), d.documentation())).toList(), data, RepositoryTable.of(result));
    }

    private static Header header(ScanResult result) {
        List<Fact> facts = new ArrayList<>();
        ScanResult.Configuration c = result.configuration();
        if (c != null && c.project() != null && !c.project().isEmpty()) {
            facts.add(new Fact("Project", c.project()));
        }
        if (c != null && !c.roots().isEmpty()) {
            facts.add(new Fact(c.roots().size() == 1 ? "Scan root" : "Scan roots", String.join(", ", c.roots())));
        }
        ScanResult.Git git = result.git();
        if (git != null) {
            facts.add(new Fact("Commit", git.commit() + (Boolean.TRUE.equals(git.dirty())
                    ? " (with uncommitted changes)" : "")));
            facts.add(new Fact("Branch", git.branch() == null ? "(detached)" : git.branch()));
            if (git.repositoryUri() != null) {
                facts.add(new Fact("Repository", git.repositoryUri()));
            }
        }
        if (c != null && c.startedAt() != null) {
            facts.add(new Fact("Scanned at", c.startedAt().replace('T', ' ').replace("Z", " UTC")));
        }
        facts.add(new Fact("Tool", result.toolName() + " " + result.toolVersion()));
        facts.add(new Fact("Rules", result.rules().size() + " rules of " + result.toolName() + " "
                + result.toolVersion()));
        if (c != null) {
            facts.add(new Fact("Fails on", c.failOn()));
            facts.add(new Fact("Rules turned off", c.disabledRules().isEmpty() ? "none"
                    : String.join(", ", c.disabledRules())));
            facts.add(new Fact("Severities changed", c.severityOverrides().isEmpty() ? "none"
                    : c.severityOverrides().entrySet().stream().map(e -> e.getKey() + " → " + e.getValue())
                    .collect(java.util.stream.Collectors.joining(", "))));
            facts.add(new Fact("Configuration files", c.configFiles().isEmpty() ? "none"
                    : String.join(", ", c.configFiles())));
        }
        return new Header(List.copyOf(facts));
    }

    private static EffortTable effort(EffortEstimate estimate) {
        List<EffortRow> rows = estimate.rows().stream().map(r -> new EffortRow(r.ruleId(), r.safe(), r.review(),
                r.manual(), r.effort().safeMinutes() + " / " + r.effort().reviewMinutes() + " / "
                + r.effort().manualMinutes(), EffortEstimate.duration(r.minutes()), r.effort().assumption().isEmpty()
                ? "The rule gives no effort figures." : r.effort().assumption())).toList();
        return new EffortTable(rows, EffortEstimate.duration(estimate.totalMinutes()));
    }

    /** A chart of the findings counted by one of their facets, the largest first, ties by name. */
    private static Chart facet(String title, List<Finding> findings, java.util.function.Function<Finding, String> of) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        findings.forEach(f -> counts.merge(of.apply(f), 1, Integer::sum));
        return chart(title, counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> new Bar(e.getKey(), e.getValue(), 0, 0, "rule")).toList());
    }

    /** A link the page may carry: https only, so no {@code javascript:} or {@code data:} URL from anywhere. */
    static String safeLink(String uri) {
        return uri != null && uri.startsWith("https://") ? uri : null;
    }

    private static Status status(List<Finding> active, Severity failOn, boolean baseline) {
        if (failOn == null) {
            return new Status("report-only", "Report only (--fail-on none)");
        }
        long failing = RuleTally.failing(active, failOn);
        return failing > 0
                ? new Status("fail", "Failed: " + RuleTally.plural(failing, baseline ? "new finding" : "finding")
                        + " at or above " + failOn.id())
                : new Status("pass", "Passed: no finding at or above " + failOn.id());
    }

    private static Counts counts(ScanResult result, List<Finding> active) {
        long safe = 0;
        long review = 0;
        for (Finding f : active) {
            switch (EffortEstimate.applied(f)) {
                case SAFE -> safe++;
                case REVIEW -> review++;
                case MANUAL -> { }
            }
        }
        ScanResult.Stats stats = result.stats();
        return new Counts(active.size(), active.stream().filter(f -> f.severity() != Severity.INFO).count(),
                result.suppressedFindings().size(),
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
