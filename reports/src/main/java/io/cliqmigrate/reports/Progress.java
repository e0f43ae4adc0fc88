package io.cliqmigrate.reports;

import io.cliqmigrate.core.baseline.FingerprintMatch;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Severity;
import java.util.List;
import java.util.Set;

/**
 * The progress since an earlier scan of the same code: its open findings matched with today's by fingerprint
 * (which survives lines moving), counted as gone, new and left; and the legacy uses (errors and warnings) then and
 * now. {@code newFingerprints} names today's findings that the earlier scan did not have.
 */
record Progress(String since, int gone, int added, int left, long legacyBefore, long legacyNow,
                Set<String> newFingerprints) {

    static Progress of(ScanResult now, ScanResult before) {
        FingerprintMatch<Finding, Finding> match = FingerprintMatch.of(before.activeFindings(), Finding::fingerprint,
                now.activeFindings(), Finding::fingerprint);
        Set<String> fresh = new java.util.HashSet<>();
        match.added().forEach(f -> fresh.add(f.fingerprint()));
        return new Progress(since(before), match.gone().size(), match.added().size(), match.matched().size(),
                legacy(before.activeFindings()), legacy(now.activeFindings()), Set.copyOf(fresh));
    }

    /** "Since the report of 2026-11-02 09:14 UTC at commit 1a2b3c4d (main)", as much of it as the report says. */
    private static String since(ScanResult before) {
        StringBuilder out = new StringBuilder("Since the previous report");
        ScanResult.Configuration c = before.configuration();
        if (c != null && c.startedAt() != null) {
            out.append(" of ").append(c.startedAt().replace('T', ' ').replace("Z", " UTC"));
        }
        ScanResult.Git git = before.git();
        if (git != null && git.commit() != null) {
            out.append(" at commit ").append(git.commit(), 0, Math.min(12, git.commit().length()));
            if (git.branch() != null) {
                out.append(" (").append(git.branch()).append(')');
            }
        }
        return out.toString();
    }

    private static long legacy(List<Finding> findings) {
        return findings.stream().filter(f -> f.severity() != Severity.INFO).count();
    }

    /** One line: "…: legacy uses 80 → 62; 20 findings gone, 2 new, 60 left." */
    String summary() {
        return since + ": legacy uses " + legacyBefore + " → " + legacyNow + "; " + RuleTally.plural(gone, "finding")
                + " gone, " + added + " new, " + left + " left";
    }
}
