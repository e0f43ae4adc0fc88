package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Severity;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to scan and how. {@code include}/{@code exclude} are gitignore-style globs relative to each root's
 * repository root; an empty include list means every file. These settings apply to every root that has no entry
 * in {@code rootConfigs} (a root's own configuration file, whose settings replace them for that root).
 */
public record ScanConfig(List<Path> roots, List<String> include, List<String> exclude, Set<String> disabledRules,
                         Map<String, Severity> severityOverrides, long maxFileSize, int threads,
                         boolean respectGitignore, ProgressListener progress,
                         Map<Path, ConfigFile.Loaded> rootConfigs, ConfigFile.FixSettings fix) {
    public static final long DEFAULT_MAX_FILE_SIZE = 4L * 1024 * 1024;

    public ScanConfig {
        roots = List.copyOf(roots);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        progress = progress == null ? ProgressListener.NONE : progress;
        rootConfigs = Map.copyOf(rootConfigs);
        fix = fix == null ? ConfigFile.FixSettings.NONE : fix;
    }

    public ScanConfig(List<Path> roots, List<String> include, List<String> exclude, Set<String> disabledRules,
                      Map<String, Severity> severityOverrides, long maxFileSize, int threads,
                      boolean respectGitignore, ProgressListener progress, Map<Path, ConfigFile.Loaded> rootConfigs) {
        this(roots, include, exclude, disabledRules, severityOverrides, maxFileSize, threads, respectGitignore,
                progress, rootConfigs, ConfigFile.FixSettings.NONE);
    }

    /** Without configuration files: the settings given apply to every root. */
    public ScanConfig(List<Path> roots, List<String> include, List<String> exclude, Set<String> disabledRules,
                      Map<String, Severity> severityOverrides, long maxFileSize, int threads,
                      boolean respectGitignore, ProgressListener progress) {
        this(roots, include, exclude, disabledRules, severityOverrides, maxFileSize, threads, respectGitignore,
                progress, Map.of());
    }

    public static ScanConfig of(Path... roots) {
        return new ScanConfig(List.of(roots), List.of(), List.of(), Set.of(), Map.of(), DEFAULT_MAX_FILE_SIZE,
                Runtime.getRuntime().availableProcessors(), true, ProgressListener.NONE);
    }

    public ScanConfig withSettings(ConfigFile.Settings settings) {
        return new ScanConfig(roots, settings.include(), settings.exclude(), settings.disabledRules(),
                settings.severityOverrides(), settings.maxFileSize() > 0 ? settings.maxFileSize() : maxFileSize,
                threads, respectGitignore, progress, rootConfigs, settings.fix());
    }

    /**
     * Reads each root's configuration: {@code explicit} for every root when given, else the root's own
     * {@link ConfigFile#nearest nearest} {@code .cliq-migrate.yml}. Any invalid file fails the whole scan.
     */
    public ScanConfig withConfigFiles(Path explicit, Set<String> knownRuleIds) throws ConfigException {
        Map<Path, ConfigFile.Settings> read = new HashMap<>();
        Map<Path, ConfigFile.Loaded> found = new LinkedHashMap<>();
        for (Path root : roots) {
            Optional<Path> file = explicit != null ? Optional.of(explicit) : ConfigFile.nearest(root);
            if (file.isPresent()) {
                ConfigFile.Settings settings = read.get(file.get());
                if (settings == null) {
                    settings = ConfigFile.load(file.get(), knownRuleIds);
                    read.put(file.get(), settings);
                }
                found.put(root, new ConfigFile.Loaded(file.get(), settings));
            }
        }
        return new ScanConfig(roots, include, exclude, disabledRules, severityOverrides, maxFileSize, threads,
                respectGitignore, progress, found, fix);
    }

    /** A size limit given on the command line: it wins over the configuration files'. */
    public ScanConfig withMaxFileSize(long bytes) {
        Map<Path, ConfigFile.Loaded> limited = new LinkedHashMap<>();
        rootConfigs.forEach((root, loaded) -> limited.put(root,
                new ConfigFile.Loaded(loaded.file(), loaded.settings().withMaxFileSize(bytes))));
        return new ScanConfig(roots, include, exclude, disabledRules, severityOverrides, bytes, threads,
                respectGitignore, progress, limited, fix);
    }

    public ScanConfig withProgress(ProgressListener listener) {
        return new ScanConfig(roots, include, exclude, disabledRules, severityOverrides, maxFileSize, threads,
                respectGitignore, listener, rootConfigs, fix);
    }

    /** The settings of a root without a configuration file of its own. */
    ConfigFile.Settings settings() {
        return new ConfigFile.Settings(include, exclude, disabledRules, severityOverrides, maxFileSize, fix);
    }

    /**
     * The fix settings in force: the command line's on top of the configuration file of the first root that has one
     * (a fix run takes one set of settings, as it writes one plan).
     */
    public ConfigFile.FixSettings effectiveFix() {
        return roots.stream().map(rootConfigs::get).filter(java.util.Objects::nonNull).findFirst()
                .map(loaded -> loaded.settings().fix()).orElse(fix);
    }

    /** The fix settings of each root, in the order of the roots. */
    public List<ConfigFile.FixSettings> fixPerRoot() {
        return roots.stream().map(r -> rootConfigs.containsKey(r) ? rootConfigs.get(r).settings().fix() : fix)
                .toList();
    }

    /** Fix settings from the command line: on top of every root's own (see {@link ConfigFile.FixSettings}). */
    public ScanConfig withFix(ConfigFile.FixSettings cli) {
        Map<Path, ConfigFile.Loaded> merged = new LinkedHashMap<>();
        rootConfigs.forEach((root, loaded) -> merged.put(root, new ConfigFile.Loaded(loaded.file(),
                loaded.settings().withFix(loaded.settings().fix().overriddenBy(cli)))));
        return new ScanConfig(roots, include, exclude, disabledRules, severityOverrides, maxFileSize, threads,
                respectGitignore, progress, merged, fix.overriddenBy(cli));
    }

    /**
     * Leaves these files and folders out, whatever the globs say: a Maven parent module's scan leaves its modules'
     * folders to their own scans. Each becomes an anchored exclude glob of every root it lies under, after that
     * root's own globs (so no {@code !} glob takes it back); paths under no root change nothing.
     */
    public ScanConfig excluding(List<Path> paths) {
        if (paths.isEmpty()) {
            return this;
        }
        Map<Path, ConfigFile.Loaded> configs = new LinkedHashMap<>();
        rootConfigs.forEach((root, loaded) -> configs.put(root, new ConfigFile.Loaded(loaded.file(),
                loaded.settings().withExclude(plus(loaded.settings().exclude(), anchored(root, paths))))));
        List<String> shared = exclude;
        for (Path root : roots) {
            if (!rootConfigs.containsKey(root)) {
                shared = plus(shared, anchored(root, paths));
            }
        }
        return new ScanConfig(roots, include, shared, disabledRules, severityOverrides, maxFileSize, threads,
                respectGitignore, progress, configs, fix);
    }

    /** {@code paths} as globs anchored at the folder {@code root}'s globs are relative to. */
    private List<String> anchored(Path root, List<Path> paths) {
        Path base = ScanRoot.of(root, this).globBase();
        Path scanned = root.toAbsolutePath().normalize();
        List<String> globs = new java.util.ArrayList<>();
        for (Path path : paths) {
            Path absolute = path.toAbsolutePath().normalize();
            if (absolute.startsWith(scanned) && !absolute.equals(scanned) && absolute.startsWith(base)) {
                String rel = base.relativize(absolute).toString().replace(java.io.File.separatorChar, '/');
                // a name is a literal, not a glob: gitignore's backslash escapes its special characters
                globs.add("/" + rel.replaceAll("([\\\\*?\\[\\]])", "\\\\$1"));
            }
        }
        return globs;
    }

    private static List<String> plus(List<String> first, List<String> more) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(more);
        return all;
    }

    /** Hears how far a scan has got; called from worker threads. */
    public interface ProgressListener {
        ProgressListener NONE = (done, total) -> { };

        void filesDone(int done, int total);
    }
}
