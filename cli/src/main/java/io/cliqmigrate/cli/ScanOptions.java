package io.cliqmigrate.cli;

import io.cliqmigrate.core.engine.ConfigException;
import io.cliqmigrate.core.engine.ScanAbortedException;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What to scan and how: the options {@code scan} and {@code fix} share. */
final class ScanOptions {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "files or directories (default: .)")
    List<Path> paths;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "configuration file for every root (default: each root's own .cliq-migrate.yml, "
                    + "in it or, inside a git work tree, in the nearest folder above it)")
    Path config;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--max-file-size", paramLabel = "BYTES",
            description = "skip (and list) files larger than this (default: 4194304)")
    Long maxFileSize;

    @Option(names = "--no-ignore", description = "also scan what .gitignore and .git/info/exclude leave out")
    boolean noIgnore;

    @Option(names = "--exclude-path", paramLabel = "PATH",
            description = "leave this file or folder out, whatever the configuration says (repeatable)")
    List<Path> excludedPaths;

    /** The scan configuration these options and the roots' configuration files describe. */
    ScanConfig config(PrintWriter err, Set<String> ruleIds) throws UsageException {
        if (threads != null && threads < 1) {
            throw new UsageException("--threads must be at least 1");
        }
        int maxThreads = 4 * Runtime.getRuntime().availableProcessors();
        if (threads != null && threads > maxThreads) {
            // more threads than that only add memory and contention: the work is reading and parsing
            err.println("cliq-migrate: note: --threads " + threads + " capped at " + maxThreads + " (4 per core)");
            threads = maxThreads;
        }
        if (maxFileSize != null && maxFileSize < 1) {
            throw new UsageException("--max-file-size must be a positive number of bytes");
        }
        List<Path> roots = paths == null || paths.isEmpty() ? List.of(Path.of(".")) : paths;
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new UsageException("no such file or directory: " + root);
            }
        }
        ScanConfig scanConfig = ScanConfig.of(roots.toArray(Path[]::new));
        if (config != null && !Files.isRegularFile(config)) {
            throw new UsageException("config file not found: " + config);
        }
        scanConfig = new ScanConfig(scanConfig.roots(), scanConfig.include(), scanConfig.exclude(),
                scanConfig.disabledRules(), scanConfig.severityOverrides(),
                maxFileSize != null ? maxFileSize : scanConfig.maxFileSize(),
                threads != null ? threads : scanConfig.threads(), !noIgnore, null);
        try {
            scanConfig = scanConfig.withConfigFiles(config, ruleIds);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        if (maxFileSize != null) {
            scanConfig = scanConfig.withMaxFileSize(maxFileSize);
        }
        if (excludedPaths != null) {
            scanConfig = scanConfig.excluding(excludedPaths);
        }
        return scanConfig;
    }

    /** Runs the scan; a scan that cannot run is a one-line usage error. */
    static ScanEngine.Run run(ScanEngine engine, ScanConfig config, boolean keepEditable) throws UsageException {
        return run(engine, config, keepEditable, io.cliqmigrate.core.engine.Shard.ALL);
    }

    /** Runs the scan of one shard of the tree. */
    static ScanEngine.Run run(ScanEngine engine, ScanConfig config, boolean keepEditable,
                              io.cliqmigrate.core.engine.Shard shard) throws UsageException {
        try {
            return engine.run(config, keepEditable, shard);
        } catch (IOException e) {
            throw new UsageException("scan failed: " + e.getMessage());
        } catch (ScanAbortedException e) {
            throw new UsageException("scan stopped: " + e.getMessage());
        }
    }
}
