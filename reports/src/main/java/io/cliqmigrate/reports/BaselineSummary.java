package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.BaselineState;

/** The line the Markdown and HTML reports give a scan compared with a baseline. */
final class BaselineSummary {
    private BaselineSummary() {}

    /** "Against the baseline: 2 new, 40 unchanged, 3 absent (fixed or gone); --fail-on counts the new ones"; null without one. */
    static String of(ScanResult result) {
        ScanResult.Baseline b = result.baseline();
        if (b == null) {
            return null;
        }
        return "Against the baseline: " + b.count(result.findings(), BaselineState.NEW) + " new, "
                + b.count(result.findings(), BaselineState.UNCHANGED) + " unchanged, "
                + b.count(result.findings(), BaselineState.ABSENT) + " absent (fixed or gone); --fail-on counts the "
                + "new ones";
    }
}
