package io.cliqmigrate.core.fix;

import io.cliqmigrate.core.io.SafeOutput;
import io.cliqmigrate.core.model.Fix;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code fix --apply}, so that a fix that edits several files is written whole or not at all: every changed file is
 * checked (inside the tree, a regular file, the bytes the scan read), then its new content written beside it; a file
 * refused or that cannot be prepared drops its fixes and the plan is made again without them. Only when every file
 * is prepared, and has been checked once more for edits made meanwhile, are they renamed over the originals, one
 * after the other. A file that fails then (rare: the rename itself) is listed; the others are still written.
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
        Map<String, String> failures = new TreeMap<>();
        while (true) {
            Map<String, String> refused = refusals(plan);
            Map<String, SafeOutput.Staged> staged = new TreeMap<>();
            if (refused.isEmpty()) {
                for (FixPlan.FileChange change : plan.changes().values()) {
                    try {
                        staged.put(change.file().path(), FixWriter.stage(change));
                    } catch (IOException e) {
                        String reason = message(e);
                        failures.put(change.file().path(), reason);
                        refused.put(change.file().path(), "could not be written: " + reason);
                    }
                }
                if (refused.isEmpty()) {
                    // edits made while the new contents were written count too
                    refused.putAll(refusals(plan));
                }
            }
            if (refused.isEmpty()) {
                return commit(plan, staged, failures);
            }
            staged.values().forEach(SafeOutput.Staged::abort);
            for (FixPlan.PlannedFix p : plan.fixes()) {
                if (p.status() == FixPlan.Status.PLANNED) {
                    p.fix().edits().stream().map(e -> e.path()).filter(refused::containsKey).sorted().findFirst()
                            .ifPresent(path -> excluded.put(p.fix(), "not written: " + path + ": "
                                    + refused.get(path)));
                }
            }
            plan = planner.plan(excluded);
        }
    }

    private static Map<String, String> refusals(FixPlan plan) {
        Map<String, String> refused = new TreeMap<>();
        plan.changes().forEach((path, change) -> {
            String reason = FixWriter.refusal(change.file());
            if (reason != null) {
                refused.put(path, reason);
            }
        });
        return refused;
    }

    private static Applied commit(FixPlan plan, Map<String, SafeOutput.Staged> staged, Map<String, String> failures) {
        Map<String, String> lost = new TreeMap<>();
        staged.forEach((path, file) -> {
            try {
                file.commit();
            } catch (IOException e) {
                lost.put(path, message(e));
            }
        });
        failures.putAll(lost);
        List<FixPlan.PlannedFix> outcome = new ArrayList<>();
        for (FixPlan.PlannedFix p : plan.fixes()) {
            if (p.status() != FixPlan.Status.PLANNED) {
                outcome.add(p);
                continue;
            }
            Set<String> paths = new java.util.TreeSet<>();
            p.fix().edits().forEach(e -> paths.add(e.path()));
            String failed = paths.stream().filter(lost::containsKey).findFirst().orElse(null);
            outcome.add(failed == null ? p.with(FixPlan.Status.APPLIED, null)
                    : p.with(FixPlan.Status.SKIPPED, "could not write " + failed + ": " + lost.get(failed)));
        }
        Map<String, FixPlan.FileChange> written = new TreeMap<>(plan.changes());
        lost.keySet().forEach(written::remove);
        return new Applied(new FixPlan(outcome, written, plan.manualFindings(), plan.reviewWithheld()), failures);
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
