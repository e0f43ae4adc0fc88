package io.cliqmigrate.core.fix;

import io.cliqmigrate.core.engine.EditableFile;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.Fix;
import io.cliqmigrate.core.model.TextEdit;
import io.cliqmigrate.core.model.TextRange;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a scan's findings into a {@link FixPlan}: one fix per finding (the first the user allows: safe, or review
 * with {@code unsafe}), identical fixes merged, colliding fixes settled in file order (safe before review), then
 * each changed file checked in memory. A fix is dropped, with the reason, when its file would no longer parse as
 * well as before, when its text cannot be written in the file's charset, or when a re-scan still finds what it
 * claimed to resolve; the plan is then made again without it, so a multi-file fix goes whole or not at all.
 */
public final class FixPlanner {
    private final ScanEngine engine;
    private final ScanEngine.Run run;
    private final boolean unsafe;
    private final Set<String> rules;
    private final int threads;

    /**
     * @param unsafe also apply fixes marked "review"
     * @param rules  only these rules' fixes; empty for all
     */
    public FixPlanner(ScanEngine engine, ScanEngine.Run run, boolean unsafe, Set<String> rules) {
        this(engine, run, unsafe, rules, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many files are checked at once (as the scan's {@code --threads}) */
    public FixPlanner(ScanEngine engine, ScanEngine.Run run, boolean unsafe, Set<String> rules, int threads) {
        this.engine = engine;
        this.run = run;
        this.unsafe = unsafe;
        this.rules = Set.copyOf(rules);
        this.threads = Math.max(1, threads);
    }

    public FixPlan plan() {
        return plan(Map.of());
    }

    /** The plan with some fixes left out from the start, with the reason (a file that changed on disk). */
    public FixPlan plan(Map<Fix, String> excluded) {
        Candidates candidates = candidates();
        Map<Fix, String> rejected = new LinkedHashMap<>(excluded);
        while (true) {
            Attempt attempt = attempt(candidates.fixes, rejected);
            Map<Fix, String> failed = check(attempt);
            if (failed.isEmpty()) {
                return attempt.toPlan(candidates);
            }
            rejected.putAll(failed);
        }
    }

    /** The fixes on offer, one per distinct set of edits, with the findings each resolves. */
    private Candidates candidates() {
        Map<List<TextEdit>, FixPlan.PlannedFix> byEdits = new LinkedHashMap<>();
        int manual = 0;
        int withheld = 0;
        for (Finding f : run.result().findings()) {
            // an inventory finding (no fixes at all) is not work to do
            if (f.suppressed() || f.fixes().isEmpty() || !rules.isEmpty() && !rules.contains(f.ruleId())) {
                continue;
            }
            Fix chosen = f.fixes().stream().filter(x -> x.applicability() == Fix.Applicability.SAFE
                    || unsafe && x.applicability() == Fix.Applicability.REVIEW).findFirst().orElse(null);
            if (chosen == null) {
                if (f.fixes().stream().anyMatch(x -> x.applicability() == Fix.Applicability.REVIEW)) {
                    withheld++;
                } else {
                    manual++;
                }
                continue;
            }
            chosen = withRevokeSteps(chosen);
            List<TextEdit> key = chosen.edits().stream().map(TextEdit::unlocated)
                    .sorted(Comparator.comparing(TextEdit::path).thenComparing(TextEdit::range)
                            .thenComparing(TextEdit::replacement)).distinct().toList();
            FixPlan.PlannedFix known = byEdits.get(key);
            List<Finding> resolves = new ArrayList<>(known == null ? List.of() : known.resolves());
            resolves.add(f);
            byEdits.put(key, new FixPlan.PlannedFix(known == null ? chosen : known.fix(), resolves,
                    FixPlan.Status.PLANNED, null));
        }
        List<FixPlan.PlannedFix> fixes = new ArrayList<>(byEdits.values());
        // safe fixes win a collision; otherwise the first in file order does
        fixes.sort(Comparator.comparing((FixPlan.PlannedFix p) -> p.fix().applicability())
                .thenComparing(p -> p.finding(), Finding.ORDER));
        return new Candidates(fixes, manual, withheld);
    }

    /** The step of revoking a token: the fix deletes it from the code, not from history or from Zoho. */
    public static final String REVOKE = "Revoke the authtoken this fix removes from ";

    /**
     * The fix with a step to revoke each secret value its edits remove: a token deleted from the code still works
     * for whoever copied it, and stays in the repository's history.
     */
    private Fix withRevokeSteps(Fix fix) {
        List<String> steps = new ArrayList<>();
        for (TextEdit e : fix.edits()) {
            EditableFile file = run.editable().get(e.path());
            if (file == null || e.range().end() > file.source().text().length()) {
                continue;
            }
            String removed = file.source().text().substring(e.range().start(), e.range().end());
            for (String secret : file.secrets()) {
                String value = secret.replaceAll("^[\"'`]+|[\"'`]+$", "").strip();
                if (value.length() >= 8 && removed.contains(value) && !e.replacement().contains(value)) {
                    steps.add(REVOKE + e.path() + ":" + file.source().lines().line(e.range().start())
                            + " (it stays in the repository's history)");
                    break;
                }
            }
        }
        return steps.isEmpty() ? fix : fix.withMoreSteps(steps);
    }

    private record Candidates(List<FixPlan.PlannedFix> fixes, int manual, int withheld) {}

    /** One round: every fix not yet rejected that collides with none accepted before it. */
    private Attempt attempt(List<FixPlan.PlannedFix> candidates, Map<Fix, String> rejected) {
        Map<String, EditSet> sets = new HashMap<>();
        Map<String, EditableFile> created = new HashMap<>();
        List<FixPlan.PlannedFix> outcome = new ArrayList<>();
        Map<TextEdit, FixPlan.PlannedFix> owners = new HashMap<>();
        for (FixPlan.PlannedFix candidate : candidates) {
            String reason = rejected.get(candidate.fix());
            if (reason == null) {
                reason = unavailable(candidate.fix());
            }
            FixPlan.PlannedFix absorber = reason == null ? absorber(candidate, owners) : null;
            if (absorber != null) {
                // its deletions lie inside those of a fix already in: that fix resolves its findings too
                FixPlan.PlannedFix grown = absorber.resolving(candidate.resolves());
                outcome.set(outcome.indexOf(absorber), grown);
                owners.replaceAll((edit, owner) -> owner == absorber ? grown : owner);
                continue;
            }
            if (reason == null) {
                reason = collision(candidate, sets, owners);
            }
            if (reason != null) {
                outcome.add(candidate.with(FixPlan.Status.SKIPPED, reason));
                continue;
            }
            for (TextEdit e : candidate.fix().edits()) {
                if (e.creates()) {
                    // the first fix to create it settles its line endings; another may only agree on its content
                    created.computeIfAbsent(e.path(), p -> run.newFiles().file(p, e.replacement(),
                            lineSeparator(candidate.fix())));
                }
                EditableFile file = e.creates() ? created.get(e.path()) : run.editable().get(e.path());
                sets.computeIfAbsent(e.path(), p -> new EditSet(file.source())).add(e);
                owners.putIfAbsent(e, candidate);
            }
            outcome.add(candidate);
        }
        return new Attempt(outcome, sets, created);
    }

    /** The line ending a fix's new files are written with: the one its other files use most, else LF. */
    private String lineSeparator(Fix fix) {
        return io.cliqmigrate.core.model.SourceFile.dominantSeparator(fix.edits().stream()
                .filter(e -> !e.creates()).map(TextEdit::path).distinct().map(run.editable()::get)
                .map(f -> f.source().text()).toList());
    }

    private String unavailable(Fix fix) {
        for (TextEdit e : fix.edits()) {
            if (e.creates()) {
                continue;
            }
            EditableFile file = run.editable().get(e.path());
            if (file == null) {
                return "edits " + e.path() + ", which this scan did not read";
            }
            if (e.range().end() > file.source().text().length()) {
                return "an edit lies past the end of " + e.path();
            }
            if (FixWriter.outsideTree(file)) {
                return "edits " + e.path() + ": " + FixWriter.OUTSIDE;
            }
        }
        Set<java.nio.file.Path> roots = new java.util.HashSet<>();
        fix.edits().stream().filter(e -> !e.creates()).forEach(e -> roots.add(run.editable().get(e.path()).root()));
        for (TextEdit e : fix.edits()) {
            String refusal = e.creates() ? run.newFiles().refusal(e.path(), roots) : null;
            if (refusal != null) {
                return refusal;
            }
        }
        for (int i = 0; i < fix.edits().size(); i++) {
            for (int j = i + 1; j < fix.edits().size(); j++) {
                if (fix.edits().get(i).conflictsWith(fix.edits().get(j))) {
                    return "its own edits overlap: the code around it may be cut short (a syntax error), or this is "
                            + "a defect of the rule";
                }
            }
        }
        return null;
    }

    /**
     * The one fix already in whose edits do all the candidate's: each of its edits is one of that fix's, or a
     * deletion inside one of that fix's deletions ({@code &scope=InternalAPI} inside the removed {@code
     * ?authtoken=…&scope=InternalAPI}); {@code null} if there is none.
     */
    private static FixPlan.PlannedFix absorber(FixPlan.PlannedFix candidate, Map<TextEdit, FixPlan.PlannedFix> owners) {
        FixPlan.PlannedFix found = null;
        for (TextEdit e : candidate.fix().edits()) {
            FixPlan.PlannedFix owner = null;
            for (Map.Entry<TextEdit, FixPlan.PlannedFix> o : owners.entrySet()) {
                TextEdit in = o.getKey();
                boolean same = in.unlocated().equals(e.unlocated());
                boolean inside = !e.creates() && !in.creates() && in.path().equals(e.path())
                        && e.replacement().isEmpty() && in.replacement().isEmpty()
                        && in.range().start() <= e.range().start() && e.range().end() <= in.range().end();
                if (same || inside) {
                    owner = o.getValue();
                    break;
                }
            }
            if (owner == null || found != null && owner != found) {
                return null;
            }
            found = owner;
        }
        return found;
    }

    private static String collision(FixPlan.PlannedFix candidate, Map<String, EditSet> sets,
                                    Map<TextEdit, FixPlan.PlannedFix> owners) {
        for (TextEdit e : candidate.fix().edits()) {
            EditSet set = sets.get(e.path());
            TextEdit other = set == null ? null : set.conflict(e);
            if (other != null) {
                Finding winner = owners.get(other).finding();
                return "overlaps the fix for " + winner.ruleId() + " at " + winner.location().path() + ":"
                        + winner.location().startLine() + "; run fix again after applying it";
            }
        }
        return null;
    }

    /**
     * The fixes of an attempt that cannot stay: their file would not parse as well as before, their text does not
     * fit the file's charset, or a re-scan still finds what they resolve.
     */
    private Map<Fix, String> check(Attempt attempt) {
        // files are checked in parallel (each parse and re-scan stands alone) and merged in path order
        List<String> paths = new ArrayList<>(new java.util.TreeSet<>(attempt.sets.keySet()));
        List<Map<Fix, String>> perFile;
        java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(threads);
        try {
            perFile = pool.submit(() -> paths.parallelStream().map(path -> checkFile(attempt, path)).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("fix interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        Map<Fix, String> failed = new LinkedHashMap<>();
        perFile.forEach(m -> m.forEach(failed::putIfAbsent));
        return failed;
    }

    private Map<Fix, String> checkFile(Attempt attempt, String path) {
        Map<Fix, String> failed = new LinkedHashMap<>();
        EditableFile file = attempt.file(path);
        List<FixPlan.PlannedFix> touching = attempt.touching(path);
        EditSet set = attempt.sets.get(path);
        String newText = set.apply();
        String unencodable = unencodable(file, newText);
        if (unencodable == null) {
            unencodable = tooLarge(file, newText);
        }
        if (unencodable != null) {
            String reason = unencodable;
            touching.forEach(p -> failed.put(p.fix(), reason));
            return failed;
        }
        ScanEngine.Reanalysis after = engine.reanalyse(file, newText, rulesOf(touching));
        if (worse(file, after)) {
            return breaking(file, touching);
        }
        EditSet.Mover normalised = new EditSet.Mover(set.normalised());
        Map<String, java.util.NavigableMap<Integer, List<Finding>>> found = byRuleAndStart(after.findings());
        for (FixPlan.PlannedFix p : touching) {
            Finding still = unresolved(p, file.path(), normalised, found);
            if (still != null) {
                failed.put(p.fix(), "a re-scan of the result still reports " + still.ruleId() + " at line "
                        + still.location().startLine());
            }
        }
        return failed;
    }

    /** The rules whose findings the fixes resolve: only they need to run again to show the fixes worked. */
    private static Set<String> rulesOf(List<FixPlan.PlannedFix> fixes) {
        Set<String> ids = new java.util.TreeSet<>();
        fixes.forEach(p -> p.resolves().forEach(f -> ids.add(f.ruleId())));
        return ids;
    }

    private static boolean worse(EditableFile file, ScanEngine.Reanalysis after) {
        return file.parsed() && !after.parsed() || after.syntaxProblems() > file.syntaxProblems();
    }

    /** Which of the fixes breaks parsing: applied one by one in order, the first that makes it worse, and so on. */
    private Map<Fix, String> breaking(EditableFile file, List<FixPlan.PlannedFix> touching) {
        Map<Fix, String> out = new LinkedHashMap<>();
        EditSet kept = new EditSet(file.source());
        for (FixPlan.PlannedFix p : touching) {
            EditSet trial = new EditSet(file.source());
            kept.normalised().forEach(trial::add);
            p.fix().edits().stream().filter(e -> e.path().equals(file.path())).forEach(trial::add);
            ScanEngine.Reanalysis r = engine.reanalyse(file, trial.apply(), Set.of());
            if (worse(file, r)) {
                out.put(p.fix(), "the result would not parse" + (r.firstProblem() == null ? ""
                        : ": " + r.firstProblem()));
            } else {
                kept = trial;
            }
        }
        if (out.isEmpty()) {
            // only together do they break it: keep none of them
            touching.forEach(p -> out.put(p.fix(), "together with the other fixes of " + file.path()
                    + " the result would not parse"));
        }
        return out;
    }

    /** A finding of the same rule where the fixed one was, in the re-scanned text; {@code null} when resolved. */
    private static Finding unresolved(FixPlan.PlannedFix p, String path, EditSet.Mover normalised,
                                      Map<String, java.util.NavigableMap<Integer, List<Finding>>> after) {
        for (Finding resolved : p.resolves()) {
            if (!resolved.location().path().equals(path)) {
                continue;
            }
            TextRange moved = normalised.moved(resolved.location().range());
            java.util.NavigableMap<Integer, List<Finding>> sameRule = after.get(resolved.ruleId());
            if (sameRule == null) {
                continue;
            }
            // findings of a file seldom span far: look from a little before the moved range to its end
            for (List<Finding> list : sameRule.subMap(Math.max(0, moved.start() - 4096), true, moved.end(), true)
                    .values()) {
                for (Finding f : list) {
                    if (f.location().range().overlaps(moved) || f.location().range().start() == moved.start()) {
                        return f;
                    }
                }
            }
        }
        return null;
    }

    /** A re-scan's findings by rule and start offset. */
    private static Map<String, java.util.NavigableMap<Integer, List<Finding>>> byRuleAndStart(List<Finding> found) {
        Map<String, java.util.NavigableMap<Integer, List<Finding>>> out = new HashMap<>();
        for (Finding f : found) {
            out.computeIfAbsent(f.ruleId(), k -> new java.util.TreeMap<>())
                    .computeIfAbsent(f.location().range().start(), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    private static String tooLarge(EditableFile file, String text) {
        long limit = file.maxFileSize();
        // a UTF-8 character takes at most 3 bytes per UTF-16 unit: only near the limit is it worth encoding
        if (limit <= 0 || (long) text.length() * 4 < limit) {
            return null;
        }
        long size = text.getBytes(file.source().charset()).length + (file.source().bom() ? 4 : 0);
        return size <= limit ? null : "the result would be larger than the size limit (" + limit + " bytes), and "
                + "scans would then skip the file";
    }

    private static String unencodable(EditableFile file, String text) {
        CharsetEncoder encoder = file.source().charset().newEncoder();
        if (encoder.canEncode(CharBuffer.wrap(text))) {
            return null;
        }
        return "the new text has characters that " + file.source().charset().name() + " (the file's charset) cannot "
                + "hold";
    }

    private final class Attempt {
        final List<FixPlan.PlannedFix> outcome;
        final Map<String, EditSet> sets;
        /** The files its fixes create, by report path. */
        final Map<String, EditableFile> created;

        Attempt(List<FixPlan.PlannedFix> outcome, Map<String, EditSet> sets, Map<String, EditableFile> created) {
            this.outcome = outcome;
            this.sets = sets;
            this.created = created;
        }

        EditableFile file(String path) {
            EditableFile file = created.get(path);
            return file != null ? file : run.editable().get(path);
        }

        List<FixPlan.PlannedFix> touching(String path) {
            return outcome.stream().filter(p -> p.status() == FixPlan.Status.PLANNED
                    && p.fix().edits().stream().anyMatch(e -> e.path().equals(path))).toList();
        }

        FixPlan toPlan(Candidates candidates) {
            Map<String, FixPlan.FileChange> changes = new java.util.TreeMap<>();
            sets.forEach((path, set) -> {
                String newText = set.apply();
                EditableFile file = file(path);
                // a new file is a change even when empty
                if (file.creates() || !newText.equals(file.source().text())) {
                    changes.put(path, new FixPlan.FileChange(file, newText, set.normalised()));
                }
            });
            List<FixPlan.PlannedFix> ordered = new ArrayList<>(outcome);
            ordered.sort(Comparator.comparing(FixPlan.PlannedFix::finding, Finding.ORDER));
            return new FixPlan(ordered, changes, candidates.manual, candidates.withheld);
        }
    }
}
