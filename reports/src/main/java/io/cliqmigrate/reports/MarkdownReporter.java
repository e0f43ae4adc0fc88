package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.BaselineState;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A summary for a pull-request comment or a CI job summary (GitHub's {@code $GITHUB_STEP_SUMMARY}): the status
 * against {@code --fail-on}, counts by severity and rule, the first findings as a table (linked to the hosted
 * source when a link prefix is given), and the setup every migration needs. Everything taken from the scan is
 * escaped ({@link MarkdownText}). The whole stays under {@link #LIMIT} characters, GitHub's limit for a comment
 * being 65,536: rows that do not fit are left out, and a last note says how many.
 */
public final class MarkdownReporter implements Reporter {
    static final int LIMIT = 60_000;
    /** Room kept for the note on left-out findings, whatever its numbers. */
    private static final int NOTE_ROOM = 400;
    /** Items of each setup group listed: the summary must leave room for findings. */
    private static final int MANIFEST_ITEMS = 10;
    private static final Comparator<Finding> MOST_SEVERE_FIRST =
            Comparator.comparing(Finding::severity, Comparator.reverseOrder());
    /** The manual steps of every migration, in the words of the rule documentation's "How to fix". */
    static final List<String> CHECKLIST = List.of(
            "Create a Self Client in the Zoho API console (api-console.zoho.com) for each data centre the code "
                    + "calls (the Cliq host and the accounts server must belong to the same data centre). Use "
                    + "*Generate Code* with the scopes the findings name, such as `ZohoCliq.Webhooks.CREATE`, and "
                    + "exchange the code with `grant_type=authorization_code` for a refresh token.",
            "Store the client id, client secret and refresh token in a secret store (CI secrets, environment), "
                    + "not in code or configuration. The refresh token does not expire until it is revoked.",
            "Revoke the old authtokens. The owner does this at accounts.zoho.com → *Active Authtokens*, or by "
                    + "deactivating the user it belongs to. A token removed from the code stays in the version "
                    + "history.");

    private final ReportOptions options;

    public MarkdownReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public String defaultExtension() {
        return "md";
    }

    @Override
    public void write(ScanResult result, Writer out) throws IOException {
        List<Finding> findings = new ArrayList<>(result.activeFindings());
        // against a baseline the new findings come first, so a table cut short still shows them
        findings.sort(java.util.Comparator.comparing((Finding f) -> f.baselineState() == BaselineState.UNCHANGED)
                .thenComparing(MOST_SEVERE_FIRST));
        boolean baseline = result.baseline() != null;
        StringBuilder head = new StringBuilder();
        status(result, findings, head);
        if (!findings.isEmpty()) {
            bySeverity(result, head);
            byRule(result, head);
            head.append(baseline ? "### Findings\n\n| Severity | Baseline | Rule | Location | Message |\n|---|---|---|---|---|\n"
                    : "### Findings\n\n| Severity | Rule | Location | Message |\n|---|---|---|---|\n");
        }
        String tail = findings.isEmpty() ? "" : checklist(SetupManifest.of(result));
        StringBuilder rows = new StringBuilder();
        int shown = 0;
        int room = LIMIT - NOTE_ROOM - head.length() - tail.length();
        for (Finding f : findings) {
            if (shown == options.markdownMaxFindings()) {
                break;
            }
            String row = row(f, baseline);
            if (rows.length() + row.length() > room) {
                break;
            }
            rows.append(row);
            shown++;
        }
        out.write(head.toString());
        out.write(rows.toString());
        if (shown < findings.size()) {
            out.write("\n" + note(findings.size(), shown, shown == options.markdownMaxFindings()) + "\n");
        }
        if (!findings.isEmpty()) {
            out.write("\n" + tail);
        }
    }

    private void status(ScanResult result, List<Finding> findings, StringBuilder out) {
        Severity failOn = options.failOn();
        long failing = RuleTally.failing(findings, failOn);
        String verdict;
        if (failOn == null) {
            verdict = "**Report only** (`--fail-on none`)";
        } else if (failing > 0) {
            verdict = "**Failed**: " + RuleTally.plural(failing, result.baseline() == null ? "finding" : "new finding")
                    + " at or above " + failOn.id()
                    + " (`--fail-on " + failOn.id() + "`)";
        } else {
            verdict = "**Passed**: no finding at or above " + failOn.id() + " (`--fail-on " + failOn.id() + "`)";
        }
        Map<Severity, Integer> counts = result.countBySeverity();
        long files = findings.stream().map(f -> f.location().path()).distinct().count();
        out.append("## ").append(MarkdownText.escape(result.toolName())).append(" ")
                .append(MarkdownText.escape(result.toolVersion())).append("\n\n").append(verdict).append(". ");
        if (findings.isEmpty()) {
            out.append("No findings");
        } else {
            out.append(RuleTally.plural(findings.size(), "finding")).append(" (")
                    .append(RuleTally.plural(counts.get(Severity.ERROR), "error")).append(", ")
                    .append(RuleTally.plural(counts.get(Severity.WARNING), "warning")).append(", ")
                    .append(counts.get(Severity.INFO)).append(" info) in ").append(RuleTally.plural(files, "file"));
        }
        out.append("; ").append(result.suppressedFindings().size()).append(" suppressed; ")
                .append(RuleTally.plural(result.stats().filesScanned(), "file")).append(" scanned");
        if (result.filesNotFullyScanned() > 0) {
            out.append("; ").append(RuleTally.plural(result.filesNotFullyScanned(), "file"))
                    .append(" not fully scanned (the full report lists why)");
        }
        out.append(".\n\n");
        if (result.baseline() != null) {
            out.append(MarkdownText.escape(BaselineSummary.of(result))).append(".\n\n");
        }
        if (options.previous() != null) {
            out.append(MarkdownText.escape(Progress.of(result, options.previous()).summary())).append(".\n\n");
        }
        EffortEstimate effort = EffortEstimate.of(result);
        if (effort.totalMinutes() > 0) {
            out.append("Estimated effort for the findings left: about ")
                    .append(EffortEstimate.duration(effort.totalMinutes()))
                    .append(" (each rule's assumptions are in the HTML report).\n\n");
        }
    }

    private static void bySeverity(ScanResult result, StringBuilder out) {
        out.append("### By severity\n\n| Severity | Findings |\n|---|---:|\n");
        Map<Severity, Integer> counts = result.countBySeverity();
        for (Severity s : List.of(Severity.ERROR, Severity.WARNING, Severity.INFO)) {
            out.append("| ").append(s.id()).append(" | ").append(counts.get(s)).append(" |\n");
        }
        out.append('\n');
    }

    private static void byRule(ScanResult result, StringBuilder out) {
        out.append("### By rule\n\n| Rule | Findings | Highest severity |\n|---|---:|---|\n");
        for (RuleTally tally : RuleTally.of(result)) {
            if (tally.findings().isEmpty()) {
                continue;
            }
            Severity highest = tally.findings().stream().map(Finding::severity).max(Comparator.naturalOrder())
                    .orElseThrow();
            String rule = tally.helpUri() == null || tally.helpUri().isEmpty() ? MarkdownText.escape(tally.id())
                    : MarkdownText.link(tally.id(), tally.helpUri());
            out.append("| ").append(rule).append(" | ").append(tally.findings().size()).append(" | ")
                    .append(highest.id()).append(" |\n");
        }
        out.append('\n');
    }

    private String row(Finding f, boolean baseline) {
        String where = f.location().path() + ":" + f.location().startLine();
        String link = options.link(f.location().path(), f.location().startLine());
        return "| " + f.severity().id() + " | " + (baseline ? f.baselineState().id() + " | " : "")
                + MarkdownText.escape(f.ruleId()) + " | "
                + (link == null ? MarkdownText.escape(where) : MarkdownText.link(where, link)) + " | "
                + MarkdownText.escape(f.message()) + " |\n";
    }

    private String note(int total, int shown, boolean byOption) {
        return "_" + RuleTally.plural(total - shown, "more finding") + " not shown (" + shown + " of " + total
                + " listed; " + (byOption ? "at most " + options.markdownMaxFindings() + " by `--markdown-max-findings`"
                : "this summary stays under 60,000 characters") + "). The JSON, SARIF or text report lists them all._";
    }

    private static String checklist(SetupManifest manifest) {
        StringBuilder out = new StringBuilder("### Setup checklist\n\n");
        CHECKLIST.forEach(item -> out.append("- [ ] ").append(item).append('\n'));
        for (SetupManifest.Group group : manifest.groups()) {
            if (group.items().isEmpty()) {
                continue;
            }
            out.append("\n**").append(MarkdownText.escape(group.title())).append("**\n\n");
            List<SetupManifest.Item> items = group.items();
            for (SetupManifest.Item item : items.subList(0, Math.min(items.size(), MANIFEST_ITEMS))) {
                out.append("- [ ] ").append(MarkdownText.escape(item.name()))
                        .append(item.detail().isEmpty() ? "" : ": " + MarkdownText.escape(item.detail()))
                        .append(item.places().isEmpty() ? "" : " (" + RuleTally.plural(item.places().size(), "place")
                                + ")").append('\n');
            }
            if (items.size() > MANIFEST_ITEMS) {
                out.append("- … and ").append(items.size() - MANIFEST_ITEMS).append(" more (the HTML report lists them all)\n");
            }
        }
        return out.toString();
    }
}
