package io.cliqmigrate.core.fix;

import io.cliqmigrate.core.engine.EditableFile;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import java.util.List;
import java.util.Map;

/**
 * What {@code fix} will do (or did): every automatic fix the findings offered with its outcome, the new text of
 * every file that changes, and what is left to people.
 *
 * @param fixes           each distinct fix once, with the findings it resolves, in file order
 * @param changes         the files that change (or are created), by report path
 * @param manualFindings  findings that only have manual steps (or none), under the rules selected
 * @param reviewWithheld  findings whose fix is marked "review" and was left out (no {@code --unsafe})
 */
public record FixPlan(List<PlannedFix> fixes, Map<String, FileChange> changes, int manualFindings,
                      int reviewWithheld) {

    public FixPlan {
        fixes = List.copyOf(fixes);
        changes = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(changes));
    }

    /** What became of one fix. */
    public enum Status {
        /** Planned, and applied when the plan is written. */
        PLANNED("planned"),
        APPLIED("applied"),
        /** Left out: it collides with another fix, breaks parsing, does not resolve its finding, … */
        SKIPPED("skipped");

        private final String id;

        Status(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public record PlannedFix(Fix fix, List<Finding> resolves, Status status, String reason) {
        public PlannedFix {
            resolves = List.copyOf(resolves);
        }

        PlannedFix with(Status newStatus, String newReason) {
            return new PlannedFix(fix, resolves, newStatus, newReason);
        }

        /** The same fix, resolving {@code more} findings as well. */
        PlannedFix resolving(List<Finding> more) {
            List<Finding> all = new java.util.ArrayList<>(resolves);
            more.stream().filter(f -> !all.contains(f)).forEach(all::add);
            return new PlannedFix(fix, all, status, reason);
        }

        /** The finding a user knows this fix by: the first it resolves. */
        public Finding finding() {
            return resolves.get(0);
        }
    }

    /** A file's new text and the edits (line endings settled) that make it; or a new file and its content. */
    public record FileChange(EditableFile file, String newText, List<TextEdit> edits) {
        public FileChange {
            edits = List.copyOf(edits);
        }

        /** Whether the change creates the file (it must not exist when written). */
        public boolean creates() {
            return file.creates();
        }
    }

    /** How many of the files that change are new. */
    public long filesCreated() {
        return changes.values().stream().filter(FileChange::creates).count();
    }

    public long count(Status status) {
        return fixes.stream().filter(f -> f.status() == status).count();
    }

    public long count(Status status, Fix.Applicability applicability) {
        return fixes.stream().filter(f -> f.status() == status && f.fix().applicability() == applicability).count();
    }

    /** Whether applying the plan changes any file: {@code fix --check} fails on this. */
    public boolean pending() {
        return !changes.isEmpty();
    }
}
