package io.cliqmigrate.reports;

/**
 * What a report shows besides the scan result. {@code color}: ANSI colours in the text report.
 * {@code includeSuppressed}: SARIF also lists suppressed findings, with their suppression (GitHub opens alerts for
 * them all the same, so they are left out by default). {@code category}: the SARIF run's
 * {@code automationDetails} category, so that uploads of several scans (one per module) add up instead of
 * replacing each other.
 */
public record ReportOptions(boolean color, boolean includeSuppressed, String category) {
    public static final String DEFAULT_CATEGORY = "cliq-migrate";

    public ReportOptions {
        if (category == null || category.isBlank()) {
            category = DEFAULT_CATEGORY;
        }
    }

    /** The defaults, with or without colour. */
    public static ReportOptions plain(boolean color) {
        return new ReportOptions(color, false, DEFAULT_CATEGORY);
    }
}
