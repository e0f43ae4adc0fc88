package io.cliqmigrate.cli;

import io.cliqmigrate.core.baseline.Baseline;
import io.cliqmigrate.core.baseline.BaselineComparison;
import io.cliqmigrate.core.engine.GitChanges;
import io.cliqmigrate.core.engine.ReportRoots;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options of a CI gate: compare with a baseline ({@code --baseline}), and scan only what changed
 * ({@code --changed-since REF}, {@code --staged}). Git is asked through its binary ({@link GitChanges}).
 */
final class DiffScanOptions {
    @Option(names = "--baseline", paramLabel = "FILE",
            description = "a baseline written by 'cliq-migrate baseline': each finding is marked new or unchanged, "
                    + "the baseline's findings no longer found are listed as absent, and --fail-on counts only the "
                    + "new ones")
    Path baseline;

    @Option(names = "--changed-since", paramLabel = "REF",
            description = "scan only the files changed since the git revision REF (added, modified, renamed, and "
                    + "untracked ones), and the files that read or declare their constants and settings")
    String changedSince;

    @Option(names = "--staged", description = "scan the staged version of the staged files (a pre-commit hook), "
            + "and the files that read or declare their constants and settings")
    boolean staged;

    /** The baseline asked for, read before the scan so a bad file costs none; {@code null} without one. */
    Baseline readBaseline() throws UsageException {
        if (baseline == null) {
            return null;
        }
        if (!Files.isRegularFile(baseline)) {
            throw new UsageException("baseline file not found: " + baseline);
        }
        try {
            return Baseline.read(baseline);
        } catch (Baseline.InvalidBaselineException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The files {@code --changed-since} or {@code --staged} limits the scan to; {@code null} for all. */
    ScanEngine.Focus focus(ScanConfig config) throws UsageException {
        if (changedSince == null && !staged) {
            return null;
        }
        if (changedSince != null && staged) {
            throw new UsageException("--changed-since and --staged cannot be combined");
        }
        String option = staged ? "--staged" : "--changed-since";
        Set<Path> files = new LinkedHashSet<>();
        Map<Path, byte[]> contents = new HashMap<>();
        try {
            Set<Path> tops = new LinkedHashSet<>();
            for (Path root : config.roots()) {
                tops.add(topLevel(option, root));
            }
            for (Path top : tops) {
                if (staged) {
                    contents.putAll(GitChanges.staged(top));
                } else {
                    files.addAll(GitChanges.changedSince(top, changedSince));
                }
            }
        } catch (GitChanges.GitException e) {
            throw new UsageException(option + ": " + e.getMessage());
        }
        files.addAll(contents.keySet());
        return new ScanEngine.Focus(files, contents);
    }

    private static Path topLevel(String option, Path root) throws UsageException {
        try {
            return GitChanges.topLevel(root);
        } catch (GitChanges.GitException e) {
            throw new UsageException(option + " needs a git work tree: " + e.getMessage());
        }
    }

    /**
     * The result compared with the baseline. Files moved since the baseline's commit are found through git's rename
     * detection; a scan limited to changed files counts as absent only the entries of the files it scanned.
     */
    static ScanResult compare(ScanResult result, Baseline baseline, ScanConfig config, ScanEngine.Focus focus) {
        Path base = ReportRoots.base(config);
        Map<String, String> renames = base == null || baseline.commit() == null ? Map.of() : renames(base, baseline);
        Baseline considered = baseline;
        if (focus != null) {
            Set<String> scanned = new java.util.HashSet<>();
            result.findings().forEach(f -> scanned.add(f.location().path()));
            focus.files().forEach(p -> scanned.add(reportPath(base, p)));
            renames.forEach((from, to) -> {
                if (scanned.contains(to)) {
                    scanned.add(from);
                }
            });
            considered = new Baseline(baseline.commit(), baseline.entries().stream()
                    .filter(e -> scanned.contains(e.path())).toList());
        }
        return BaselineComparison.compare(result, considered, renames,
                path -> base != null && Files.exists(base.resolve(path)));
    }

    /** Git's renames since the baseline's commit, as report paths; none when the base is not in a work tree. */
    private static Map<String, String> renames(Path base, Baseline baseline) {
        Path top;
        try {
            top = GitChanges.topLevel(base);
        } catch (GitChanges.GitException e) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        GitChanges.renames(top, baseline.commit()).forEach((from, to) ->
                out.put(reportPath(base, top.resolve(from)), reportPath(base, top.resolve(to))));
        return out;
    }

    private static String reportPath(Path base, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return base == null || !absolute.startsWith(base) ? absolute.toString()
                : base.relativize(absolute).toString().replace('\\', '/');
    }
}
