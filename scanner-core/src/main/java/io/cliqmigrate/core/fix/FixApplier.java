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
 * checked (inside the tree, a regular file, the bytes the scan read; a new file: nothing there yet), then its new
 * content written beside it; a file refused or that cannot be prepared drops its fixes and the plan is made again
 * without them. Only when every file is prepared, and has been checked once more for edits made meanwhile, are they
 * put in place: the new files first, each only if still no file is there (if one is, or one cannot be written, the
 * new files already in place are taken back and the plan is made again without that file's fixes), then the
 * changed files renamed over the originals, one after the other. A file that fails then (rare: the rename itself)
 * is listed, with the new files only its fixes needed taken back; the others are still written.
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
                // a new file is the one write that may still find something in its way: those go first
                refused.putAll(create(staged, failures));
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

    /**
     * Puts every new file in place; if one cannot be, takes back those already placed: the path refused, with why
     * (empty when all are in place).
     */
    private static Map<String, String> create(Map<String, SafeOutput.Staged> staged, Map<String, String> failures) {
        List<SafeOutput.Staged> placed = new ArrayList<>();
        for (Map.Entry<String, SafeOutput.Staged> e : staged.entrySet()) {
            if (!e.getValue().createsNew()) {
                continue;
            }
            try {
                e.getValue().commit();
                placed.add(e.getValue());
            } catch (IOException ex) {
                placed.forEach(SafeOutput.Staged::undo);
                if (ex instanceof java.nio.file.FileAlreadyExistsException) {
                    return Map.of(e.getKey(), "a file appeared there since the scan, and a fix never overwrites one");
                }
                failures.put(e.getKey(), message(ex));
                return Map.of(e.getKey(), "could not be written: " + message(ex));
            }
        }
        return Map.of();
    }

    private static Applied commit(FixPlan plan, Map<String, SafeOutput.Staged> staged, Map<String, String> failures) {
        Map<String, String> lost = new TreeMap<>();
        staged.forEach((path, file) -> {
            if (file.createsNew()) {
                return; // in place already
            }
            try {
                file.commit();
            } catch (IOException e) {
                lost.put(path, message(e));
            }
        });
        takeBackNewFiles(plan, staged, lost);
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

    /**
     * The new files that only fixes with a file that could not be written needed are taken back (and listed as not
     * written), so that no such fix is left half applied.
     */
    private static void takeBackNewFiles(FixPlan plan, Map<String, SafeOutput.Staged> staged,
                                         Map<String, String> lost) {
        if (lost.isEmpty()) {
            return;
        }
        Set<String> needed = new java.util.HashSet<>();
        Map<String, String> orphaned = new TreeMap<>();
        for (FixPlan.PlannedFix p : plan.fixes()) {
            if (p.status() != FixPlan.Status.PLANNED) {
                continue;
            }
            String failed = p.fix().edits().stream().map(e -> e.path()).filter(lost::containsKey).findFirst()
                    .orElse(null);
            p.fix().edits().stream().filter(e -> e.creates()).forEach(e -> {
                if (failed == null) {
                    needed.add(e.path());
                } else {
                    orphaned.putIfAbsent(e.path(), "taken back: its fix could not write " + failed);
                }
            });
        }
        orphaned.forEach((path, reason) -> {
            if (!needed.contains(path)) {
                staged.get(path).undo();
                lost.put(path, reason);
            }
        });
    }

    private static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
