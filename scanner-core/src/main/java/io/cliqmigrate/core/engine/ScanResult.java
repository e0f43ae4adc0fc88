package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Finding;
import io.cliqmigrate.core.model.ProcessingError;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.model.SkippedFile;
import io.cliqmigrate.core.rule.RuleDescriptor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a scan produced, in deterministic order: findings (suppressed ones included and flagged),
 * processing errors, skipped files, and counts. Reporters are pure functions of this.
 */
public record ScanResult(String toolName, String toolVersion, List<RuleDescriptor> rules, List<Finding> findings,
                         List<ProcessingError> errors, List<SkippedFile> skipped, Stats stats,
                         List<FileCharset> charsets, List<UnusedSuppression> unusedSuppressions, Git git,
                         Configuration configuration, Origin origin, Baseline baseline) {

    /**
     * Whose findings these are, for a campaign over many repositories or shards: the repository's name
     * ({@code scan --repo-name}; {@code null} when not given, and readers name it from the git remote or the project
     * folder), the shard scanned ({@code null} for the whole tree), and for a merged report the parts merged into it
     * ({@code parts} is empty for a single scan).
     */
    public record Origin(String repository, Shard shard, List<Part> parts) {
        public static final Origin NONE = new Origin(null, null, List.of());

        public Origin {
            parts = parts == null ? List.of() : List.copyOf(parts);
        }

        public boolean none() {
            return equals(NONE);
        }
    }

    /** One scan merged into a report: its repository, shard ({@code null} for a whole tree), commit and counts. */
    public record Part(String repository, Shard shard, String commit, Stats stats) {}

    /**
     * What a scan compared with a baseline adds to its findings' states: the baseline's commit ({@code null}
     * outside git) and its entries the scan no longer found ({@code absent}). {@code null} without a baseline.
     */
    public record Baseline(String commit, List<io.cliqmigrate.core.baseline.Baseline.Entry> absent) {
        public Baseline {
            absent = List.copyOf(absent);
        }

        /** Unsuppressed findings in {@code state}; {@code absent} counts the entries. */
        public long count(List<Finding> findings, io.cliqmigrate.core.model.BaselineState state) {
            return state == io.cliqmigrate.core.model.BaselineState.ABSENT ? absent.size()
                    : findings.stream().filter(f -> !f.suppressed() && f.baselineState() == state).count();
        }
    }

    /**
     * The revision the scanned files were at, when the scan's first root is inside a git work tree: the commit
     * ({@code HEAD}), the branch ({@code null} on a detached head), whether tracked files differed from it
     * ({@code null} when git could not say), and the remote's URL without credentials ({@code null} without one).
     */
    public record Git(String commit, String branch, Boolean dirty, String repositoryUri) {}

    /**
     * The settings the scan ran with and where and when it ran: the level it fails at ({@code "none"} for none),
     * the rules turned off and the severities changed by configuration, the project and roots and configuration
     * files as report paths ({@link ReportRoots}), and the time it started (ISO-8601, UTC; null when not recorded).
     * The command line fills it in; a plain engine run has none.
     */
    public record Configuration(String failOn, List<String> disabledRules, Map<String, String> severityOverrides,
                                String project, List<String> roots, List<String> configFiles, String startedAt) {
        public Configuration {
            disabledRules = List.copyOf(new java.util.TreeSet<>(disabledRules));
            severityOverrides = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(severityOverrides));
            roots = roots == null ? List.of() : List.copyOf(roots);
            configFiles = configFiles == null ? List.of() : List.copyOf(configFiles);
        }

        /** The settings alone, without where or when. */
        public Configuration(String failOn, List<String> disabledRules, Map<String, String> severityOverrides) {
            this(failOn, disabledRules, severityOverrides, null, List.of(), List.of(), null);
        }
    }

    /** A file that was not read as UTF-8 (a BOM, UTF-16 told by its zero bytes, or the ISO-8859-1 fallback). */
    public record FileCharset(String path, String charset, String reason) {}

    /** An inline suppression that names an unknown rule or suppresses nothing: a comment that does not do its job. */
    public record UnusedSuppression(String path, int line, String message) {
        public static final java.util.Comparator<UnusedSuppression> ORDER = java.util.Comparator
                .comparing(UnusedSuppression::path).thenComparingInt(UnusedSuppression::line)
                .thenComparing(UnusedSuppression::message);
    }

    /**
     * Files seen by the walk, files that passed the prefilter, files a parser read without error, and the files
     * and folders that {@code .gitignore} and {@code .git/info/exclude} left out (a folder counts once).
     */
    public record Stats(int filesScanned, int filesCandidates, int filesParsed, int ignored) {
        /** Nothing ignored. */
        public Stats(int filesScanned, int filesCandidates, int filesParsed) {
            this(filesScanned, filesCandidates, filesParsed, 0);
        }
    }

    public ScanResult {
        origin = origin == null ? Origin.NONE : origin;
        rules = List.copyOf(rules);
        findings = List.copyOf(findings);
        errors = List.copyOf(errors);
        skipped = List.copyOf(skipped);
        charsets = List.copyOf(charsets);
        unusedSuppressions = List.copyOf(unusedSuppressions);
    }

    public ScanResult(String toolName, String toolVersion, List<RuleDescriptor> rules, List<Finding> findings,
                      List<ProcessingError> errors, List<SkippedFile> skipped, Stats stats) {
        this(toolName, toolVersion, rules, findings, errors, skipped, stats, List.of(), List.of());
    }

    /** Without git revision or configuration. */
    public ScanResult(String toolName, String toolVersion, List<RuleDescriptor> rules, List<Finding> findings,
                      List<ProcessingError> errors, List<SkippedFile> skipped, Stats stats,
                      List<FileCharset> charsets, List<UnusedSuppression> unusedSuppressions) {
        this(toolName, toolVersion, rules, findings, errors, skipped, stats, charsets, unusedSuppressions, null,
                null);
    }

    /** A single scan's result, of no named repository or shard, without a baseline. */
    public ScanResult(String toolName, String toolVersion, List<RuleDescriptor> rules, List<Finding> findings,
                      List<ProcessingError> errors, List<SkippedFile> skipped, Stats stats,
                      List<FileCharset> charsets, List<UnusedSuppression> unusedSuppressions, Git git,
                      Configuration configuration) {
        this(toolName, toolVersion, rules, findings, errors, skipped, stats, charsets, unusedSuppressions, git,
                configuration, Origin.NONE, null);
    }

    /** Without a baseline. */
    public ScanResult(String toolName, String toolVersion, List<RuleDescriptor> rules, List<Finding> findings,
                      List<ProcessingError> errors, List<SkippedFile> skipped, Stats stats,
                      List<FileCharset> charsets, List<UnusedSuppression> unusedSuppressions, Git git,
                      Configuration configuration, Origin origin) {
        this(toolName, toolVersion, rules, findings, errors, skipped, stats, charsets, unusedSuppressions, git,
                configuration, origin, null);
    }

    public ScanResult withGit(Git newGit) {
        return new ScanResult(toolName, toolVersion, rules, findings, errors, skipped, stats, charsets,
                unusedSuppressions, newGit, configuration, origin, baseline);
    }

    public ScanResult withConfiguration(Configuration newConfiguration) {
        return new ScanResult(toolName, toolVersion, rules, findings, errors, skipped, stats, charsets,
                unusedSuppressions, git, newConfiguration, origin, baseline);
    }

    public ScanResult withOrigin(Origin newOrigin) {
        return new ScanResult(toolName, toolVersion, rules, findings, errors, skipped, stats, charsets,
                unusedSuppressions, git, configuration, newOrigin, baseline);
    }

    public ScanResult withBaseline(Baseline newBaseline) {
        return new ScanResult(toolName, toolVersion, rules, findings, errors, skipped, stats, charsets,
                unusedSuppressions, git, configuration, origin, newBaseline);
    }

    public ScanResult withFindings(List<Finding> newFindings) {
        return new ScanResult(toolName, toolVersion, rules, newFindings, errors, skipped, stats, charsets,
                unusedSuppressions, git, configuration, origin, baseline);
    }

    /**
     * Files with a processing error or skipped: the ones whose findings may be incomplete. A file skipped because
     * it was scanned under another path (a symlink to it) is not one of them.
     */
    public int filesNotFullyScanned() {
        java.util.Set<String> paths = new java.util.HashSet<>();
        errors.forEach(e -> paths.add(e.path()));
        skippedUnscanned().forEach(s -> paths.add(s.path()));
        return paths.size();
    }

    /** The skipped files that were not scanned under another path either. */
    public List<SkippedFile> skippedUnscanned() {
        return skipped.stream().filter(s -> !s.scannedElsewhere()).toList();
    }

    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    public List<Finding> suppressedFindings() {
        return findings.stream().filter(Finding::suppressed).toList();
    }

    /** Unsuppressed findings per severity, every severity present. */
    public Map<Severity, Integer> countBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        activeFindings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }

    /**
     * The connection names the scanned scripts use (from findings that carry a {@code connection} property),
     * each with the places that use it, sorted by name.
     */
    public java.util.SortedMap<String, List<Finding>> connections() {
        java.util.SortedMap<String, List<Finding>> byName = new java.util.TreeMap<>();
        for (Finding f : findings) {
            String name = f.properties().get("connection");
            if (name != null) {
                byName.computeIfAbsent(name, k -> new java.util.ArrayList<>()).add(f);
            }
        }
        return byName;
    }

    /** Whether a finding {@code --fail-on} counts (unsuppressed, not in the baseline) is at or above the level. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.gated() && f.severity().atLeast(threshold));
    }
}
