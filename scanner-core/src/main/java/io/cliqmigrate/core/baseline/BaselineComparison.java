package io.cliqmigrate.core.baseline;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.BaselineState;
import io.cliqmigrate.core.model.Finding;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A scan compared with a baseline. A finding is {@code unchanged} when the baseline has its fingerprint (which
 * survives lines added above and re-indenting), or, for a file that moved, an entry of the same rule and code hash
 * at the path it moved from: a rename git reports since the baseline's commit, or a path gone from the disk that the
 * baseline had while the finding's path is one it did not have. Every other unsuppressed finding is {@code new};
 * the baseline entries left over are {@code absent}.
 */
public final class BaselineComparison {
    private BaselineComparison() {}

    /**
     * @param renames   old path to new, as report paths (empty when git cannot tell)
     * @param existsNow whether a report path names a file on the disk today
     */
    public static ScanResult compare(ScanResult result, Baseline baseline, Map<String, String> renames,
                                     Predicate<String> existsNow) {
        List<Finding> active = result.activeFindings();
        FingerprintMatch<Baseline.Entry, Finding> exact = FingerprintMatch.of(baseline.entries(),
                Baseline.Entry::fingerprint, active, Finding::fingerprint);
        Set<String> baselinePaths = baseline.entries().stream().map(Baseline.Entry::path).collect(Collectors.toSet());
        Map<Finding, Boolean> unchanged = new IdentityHashMap<>();
        exact.matched().forEach(f -> unchanged.put(f, true));
        List<Finding> added = new ArrayList<>(exact.added());
        List<Baseline.Entry> absent = new ArrayList<>();
        for (Baseline.Entry e : exact.gone()) {
            Finding moved = added.stream().filter(f -> e.codeHash() != null && e.codeHash().equals(f.codeHash())
                    && e.ruleId().equals(f.ruleId()) && movedTo(e.path(), f.location().path(), renames, existsNow,
                    baselinePaths)).findFirst().orElse(null);
            if (moved == null) {
                absent.add(e);
            } else {
                added.remove(moved);
                unchanged.put(moved, true);
            }
        }
        List<Finding> marked = result.findings().stream().map(f -> f.suppressed() ? f
                : f.withBaselineState(unchanged.containsKey(f) ? BaselineState.UNCHANGED : BaselineState.NEW))
                .toList();
        return result.withFindings(marked).withBaseline(new ScanResult.Baseline(baseline.commit(), absent));
    }

    private static boolean movedTo(String from, String to, Map<String, String> renames, Predicate<String> existsNow,
                                   Set<String> baselinePaths) {
        String renamed = renames.get(from);
        if (renamed != null) {
            return renamed.equals(to);
        }
        return !existsNow.test(from) && !baselinePaths.contains(to);
    }
}
