package io.cliqmigrate.core.fix;

import io.cliqmigrate.core.model.Fix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code fix --apply}: checks every file a plan changes before writing any, plans again without the fixes of a
 * file that may not be written (so a multi-file fix is written whole or not at all), then writes each file. A
 * file that fails to write is listed; the others are still written.
 */
public final class FixApplier {
    private FixApplier() {}

    /** The plan as applied, and the files that could not be written with the reason. */
    public record Applied(FixPlan plan, Map<String, String> failures) {
        public Applied {
            failures = java.util.Collections.unmodifiableMap(new TreeMap<>(failures));
        }
    }

    public static Applied apply(FixPlanner planner, FixPlan plan) {
        Map<Fix, String> excluded = new LinkedHashMap<>();
        while (true) {
            Map<String, String> refused = new TreeMap<>();
            plan.changes().forEach((path, change) -> {
                String reason = FixWriter.refusal(change.file());
                if (reason != null) {
                    refused.put(path, reason);
                }
            });
            if (refused.isEmpty()) {
                break;
            }
            for (FixPlan.PlannedFix p : plan.fixes()) {
                if (p.status() != FixPlan.Status.PLANNED) {
                    continue;
                }
                p.fix().edits().stream().map(e -> e.path()).filter(refused::containsKey).findFirst()
                        .ifPresent(path -> excluded.put(p.fix(), "not written: " + path + ": " + refused.get(path)));
            }
            plan = planner.plan(excluded);
        }
        Map<String, String> failures = new TreeMap<>();
        for (FixPlan.FileChange change : plan.changes().values()) {
            try {
                FixWriter.write(change);
            } catch (IOException e) {
                failures.put(change.file().path(), e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage());
            }
        }
        List<FixPlan.PlannedFix> outcome = new ArrayList<>();
        for (FixPlan.PlannedFix p : plan.fixes()) {
            if (p.status() != FixPlan.Status.PLANNED) {
                outcome.add(p);
                continue;
            }
            Set<String> paths = new java.util.TreeSet<>();
            p.fix().edits().forEach(e -> paths.add(e.path()));
            String failed = paths.stream().filter(failures::containsKey).findFirst().orElse(null);
            outcome.add(failed == null ? p.with(FixPlan.Status.APPLIED, null)
                    : p.with(FixPlan.Status.SKIPPED, "could not write " + failed + ": " + failures.get(failed)));
        }
        return new Applied(new FixPlan(outcome, plan.changes(), plan.manualFindings(), plan.reviewWithheld()),
                failures);
    }
}
