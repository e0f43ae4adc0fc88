package io.cliqmigrate.cli;

import io.cliqmigrate.core.engine.ConfigException;
import io.cliqmigrate.core.engine.ReportRoots;
import io.cliqmigrate.core.engine.ScanAbortedException;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.core.rule.Rule;
import io.cliqmigrate.reports.ReportOptions;
import io.cliqmigrate.rules.BuiltinRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scans files and directories for legacy Zoho authtoken use.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no finding at or above --fail-on", "  1  at least one finding at or above --fail-on",
                "  2  usage or configuration error, the scan could not run, or a report could not be written"})
final class ScanCommand implements Callable<Integer> {
    private final Map<String, String> env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CacheOption cacheOption = new CacheOption();

    @CommandLine.Mixin
    ReportFlags reportFlags;

    @CommandLine.Mixin
    ScanOptions scanOptions;

    @CommandLine.Mixin
    CampaignOptions campaign;

    @CommandLine.Mixin
    DiffScanOptions diffScanOptions;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error, warning, info or none: exit 1 when a finding at or above it remains "
                    + "(default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--strict", description = "exit 2 when any file could not be read, decoded or parsed "
            + "(the report is still written)")
    boolean strict;

    @Option(names = "--debug", description = "print the stack trace of every internal error on stderr")
    boolean debug;

    ScanCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return UsageException.exitCode(spec.commandLine().getErr(), this::scan);
    }

    private int scan(PrintWriter err) throws UsageException {
        Optional<Severity> threshold = threshold();
        ReportTargets reportTargets = reportFlags.targets(env, threshold.orElse(null));
        List<Rule> rules = BuiltinRules.all();
        ScanConfig scanConfig = scanOptions.config(err, BuiltinRules.ids());
        Progress progress = Terminal.isTerminal(2) && !"true".equals(env.get("CI")) ? new Progress(err) : null;
        if (progress != null) {
            scanConfig = scanConfig.withProgress(progress);
        }
        String startedAt = StartTime.of(env);
        var baseline = diffScanOptions.readBaseline();
        ScanEngine.Focus focus = diffScanOptions.focus(scanConfig);
        ScanEngine engine = new ScanEngine(Main.version(), rules, Languages.defaults());
        io.cliqmigrate.core.engine.ScanCache cache = cacheOption.cache(scanConfig, focus != null,
                !campaign.shard().whole());
        if (cache != null) {
            engine = engine.cachedIn(cache);
        }
        ScanResult result;
        try {
            result = campaign.run(focus == null ? engine : engine.focusedOn(focus), scanConfig).result();
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        if (cache != null && cache.problem() != null) {
            err.println("cliq-migrate: warning: " + cache.problem());
            err.flush();
        }
        result = campaign.named(result.withConfiguration(configuration(scanConfig, threshold, startedAt)));
        if (baseline != null) {
            result = DiffScanOptions.compare(result, baseline, scanConfig, focus);
        }
        reportTargets.write(result, spec.commandLine().getOut());
        if (debug) {
            result.errors().stream().filter(e -> e.detail() != null)
                    .forEach(e -> err.print("cliq-migrate: debug: " + e.path() + ": " + e.message() + "\n" + e.detail()));
            err.flush();
        }
        if (strict && !result.errors().isEmpty()) {
            int n = result.filesNotFullyScanned();
            throw new UsageException(n + (n == 1 ? " file" : " files") + " not fully scanned (--strict); the report "
                    + "lists why");
        }
        return threshold.isPresent() && result.hasFindingAtLeast(threshold.get()) ? Main.FINDINGS : Main.OK;
    }

    private Optional<Severity> threshold() throws UsageException {
        return threshold(failOn);
    }

    /** {@code --fail-on} as a level; empty for {@code none}. */
    static Optional<Severity> threshold(String failOn) throws UsageException {
        if (failOn.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(failOn));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on must be error, warning, info or none, not '" + failOn + "'");
        }
    }

    /**
     * The settings in effect for the reports: the fail level, and the rules turned off and severities changed by
     * any root's configuration (roots with files of their own may differ; the report names them all).
     */
    private static ScanResult.Configuration configuration(ScanConfig config, Optional<Severity> threshold,
                                                          String startedAt) {
        Set<String> disabled = new java.util.TreeSet<>();
        Map<String, String> overrides = new java.util.TreeMap<>();
        for (Path root : config.roots()) {
            var loaded = config.rootConfigs().get(root);
            Set<String> off = loaded == null ? config.disabledRules() : loaded.settings().disabledRules();
            Map<String, Severity> changed = loaded == null ? config.severityOverrides()
                    : loaded.settings().severityOverrides();
            disabled.addAll(off);
            changed.forEach((rule, severity) -> overrides.putIfAbsent(rule, severity.id()));
        }
        ReportRoots where = ReportRoots.of(config);
        return new ScanResult.Configuration(threshold.map(Severity::id).orElse("none"), List.copyOf(disabled),
                overrides, where.project(), where.roots(), where.configFiles(), startedAt);
    }

    /** "Scanning 1234/20000 files" on stderr, redrawn at most five times a second. */
    static final class Progress implements ScanConfig.ProgressListener {
        private final PrintWriter err;
        private long last;
        private boolean drawn;

        Progress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public synchronized void filesDone(int done, int total) {
            long now = System.nanoTime();
            if (now - last < 200_000_000L && done < total) {
                return;
            }
            last = now;
            drawn = true;
            err.print("\rScanning " + done + "/" + total + " files\u001b[K");
            err.flush();
        }

        synchronized void clear() {
            if (drawn) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
