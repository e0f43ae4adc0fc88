package io.cliqmigrate.core.engine;

import io.cliqmigrate.core.model.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to scan and how. {@code include}/{@code exclude} are gitignore-style globs relative to the scan root;
 * an empty include list means every file.
 */
public record ScanConfig(List<Path> roots, List<String> include, List<String> exclude, Set<String> disabledRules,
                         Map<String, Severity> severityOverrides, long maxFileSize, int threads,
                         boolean respectGitignore, ProgressListener progress) {
    public static final long DEFAULT_MAX_FILE_SIZE = 4L * 1024 * 1024;

    public ScanConfig {
        roots = List.copyOf(roots);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        disabledRules = Set.copyOf(disabledRules);
        severityOverrides = Map.copyOf(severityOverrides);
        progress = progress == null ? ProgressListener.NONE : progress;
    }

    public static ScanConfig of(Path... roots) {
        return new ScanConfig(List.of(roots), List.of(), List.of(), Set.of(), Map.of(), DEFAULT_MAX_FILE_SIZE,
                Runtime.getRuntime().availableProcessors(), true, ProgressListener.NONE);
    }

    public ScanConfig withSettings(ConfigFile.Settings settings) {
        return new ScanConfig(roots, settings.include(), settings.exclude(), settings.disabledRules(),
                settings.severityOverrides(), settings.maxFileSize() > 0 ? settings.maxFileSize() : maxFileSize,
                threads, respectGitignore, progress);
    }

    public ScanConfig withProgress(ProgressListener listener) {
        return new ScanConfig(roots, include, exclude, disabledRules, severityOverrides, maxFileSize, threads,
                respectGitignore, listener);
    }

    /** Hears how far a scan has got; called from worker threads. */
    public interface ProgressListener {
        ProgressListener NONE = (done, total) -> { };

        void filesDone(int done, int total);
    }
}
