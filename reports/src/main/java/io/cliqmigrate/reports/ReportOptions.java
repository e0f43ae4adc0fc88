package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Severity;

/**
 * What a report shows besides the scan result. {@code color}: ANSI colours in the text report.
 * {@code includeSuppressed}: SARIF also lists suppressed findings, with their suppression (GitHub opens alerts for
 * them all the same, so they are left out by default). {@code category}: the SARIF run's
 * {@code automationDetails} category, so that uploads of several scans (one per module) add up instead of
 * replacing each other. {@code failOn}: the level the scan's exit code fails at ({@code null} for none), which the
 * Markdown status line and the JUnit failures follow. {@code linkPrefix}: the hosted source's URL that report paths
 * are appended to ({@code null} for plain paths). {@code markdownMaxFindings}: rows of the Markdown findings table.
 * {@code previous}: an earlier scan's result, to show the progress since ({@code null} for none). {@code compact}:
 * the text report gives one line per finding.
 */
public record ReportOptions(boolean color, boolean includeSuppressed, String category, Severity failOn,
                            String linkPrefix, int markdownMaxFindings, ScanResult previous, boolean compact) {
    public static final String DEFAULT_CATEGORY = "cliq-migrate";
    public static final Severity DEFAULT_FAIL_ON = Severity.ERROR;
    public static final int DEFAULT_MARKDOWN_MAX_FINDINGS = 50;

    public ReportOptions {
        if (category == null || category.isBlank()) {
            category = DEFAULT_CATEGORY;
        }
        if (linkPrefix != null && linkPrefix.isBlank()) {
            linkPrefix = null;
        }
        if (markdownMaxFindings < 0) {
            throw new IllegalArgumentException("markdownMaxFindings must not be negative: " + markdownMaxFindings);
        }
    }

    public ReportOptions(boolean color, boolean includeSuppressed, String category, Severity failOn,
                         String linkPrefix, int markdownMaxFindings) {
        this(color, includeSuppressed, category, failOn, linkPrefix, markdownMaxFindings, null, false);
    }

    /** The same options, with the progress since an earlier scan. */
    public ReportOptions withPrevious(ScanResult earlier) {
        return new ReportOptions(color, includeSuppressed, category, failOn, linkPrefix, markdownMaxFindings, earlier,
                compact);
    }

    /** The same options, with the text report one line per finding or not. */
    public ReportOptions withCompact(boolean oneLine) {
        return new ReportOptions(color, includeSuppressed, category, failOn, linkPrefix, markdownMaxFindings, previous,
                oneLine);
    }

    /** The defaults, with or without colour. */
    public static ReportOptions plain(boolean color) {
        return new ReportOptions(color, false, DEFAULT_CATEGORY, DEFAULT_FAIL_ON, null, DEFAULT_MARKDOWN_MAX_FINDINGS);
    }

    /** The same options for a report written to a file: never coloured. */
    public ReportOptions withoutColor() {
        return new ReportOptions(false, includeSuppressed, category, failOn, linkPrefix, markdownMaxFindings, previous,
                compact);
    }

    /** The hosted source of a report path at a line ({@code path#L12}), or {@code null} without a link prefix. */
    public String link(String path, int line) {
        if (linkPrefix == null) {
            return null;
        }
        return linkPrefix + (linkPrefix.endsWith("/") ? "" : "/") + SarifLocations.uri(path) + (line > 0 ? "#L" + line : "");
    }
}
