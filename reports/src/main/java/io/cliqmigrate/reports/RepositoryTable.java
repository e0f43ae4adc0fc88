package io.cliqmigrate.reports;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HTML page's table of a merged report's repositories ({@link ReportMerge}): per repository its open findings
 * by severity, the legacy uses left (errors and warnings) and how many have an automatic fix, with the repositories
 * the merge lists that have none. Empty for the report of one repository.
 */
public record RepositoryTable(List<Row> rows) {
    public record Row(String repository, int files, int errors, int warnings, int infos, int legacy, int fixable) {}

    static RepositoryTable of(ScanResult result) {
        Map<String, int[]> counts = new TreeMap<>();
        // files, error, warning, info, fixable
        result.origin().parts().forEach(p -> counts.computeIfAbsent(p.repository(), k -> new int[5])[0]
                += p.stats().filesScanned());
        for (Finding f : result.activeFindings()) {
            String repository = f.properties().get(ReportMerge.REPOSITORY);
            if (repository == null) {
                continue;
            }
            int[] c = counts.computeIfAbsent(repository, k -> new int[5]);
            c[f.severity() == Severity.ERROR ? 1 : f.severity() == Severity.WARNING ? 2 : 3]++;
            c[4] += FixDiffs.automatic(f) != null ? 1 : 0;
        }
        if (counts.size() < 2) {
            return new RepositoryTable(List.of());
        }
        return new RepositoryTable(counts.entrySet().stream().map(e -> {
            int[] c = e.getValue();
            return new Row(e.getKey(), c[0], c[1], c[2], c[3], c[1] + c[2], c[4]);
        }).toList());
    }
}
