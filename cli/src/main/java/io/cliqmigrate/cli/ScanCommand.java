package io.cliqmigrate.cli;

import io.cliqmigrate.core.engine.ConfigException;
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

    @Option(names = {"-f", "--format"}, defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, sarif, markdown, junit or html (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report here instead of stdout")
    Path output;

    @Option(names = "--report", paramLabel = "FORMAT=PATH",
            description = "also write a report in FORMAT to PATH, its folders made (repeatable: "
                    + "--report sarif=build/cliq-migrate.sarif --report json=build/cliq-migrate.json)")
    List<String> reports;

    @Option(names = "--sarif-include-suppressed",
            description = "list suppressed findings in SARIF too, marked as suppressed in source (left out by "
                    + "default: GitHub code scanning opens alerts for them)")
    boolean sarifIncludeSuppressed;

    @Option(names = "--sarif-category", paramLabel = "NAME", defaultValue = ReportOptions.DEFAULT_CATEGORY,
            description = "the SARIF run's category: uploads of one category replace each other, so give each "
                    + "module or shard its own (default: ${DEFAULT-VALUE})")
    String sarifCategory;

    @Option(names = "--link-prefix", paramLabel = "URL",
            description = "the hosted source's URL (https://github.com/OWNER/REPO/blob/COMMIT/): the Markdown "
                    + "report links each path:line to it, the text report names each file's URL")
    String linkPrefix;

    @Option(names = "--markdown-max-findings", paramLabel = "N",
            defaultValue = "" + ReportOptions.DEFAULT_MARKDOWN_MAX_FINDINGS,
            description = "rows of the Markdown report's findings table (default: ${DEFAULT-VALUE})")
    int markdownMaxFindings;

    @CommandLine.Mixin
    ScanOptions scanOptions;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error, warning, info or none: exit 1 when a finding at or above it remains "
                    + "(default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "auto, always or never (auto: only on a terminal, and never when NO_COLOR is set)")
    String color;

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
        String formatId = format.toLowerCase(Locale.ROOT);
        boolean colorOut = switch (color.toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> output == null && Terminal.isTerminal(1) && Terminal.colorAllowed(env);
            default -> throw new UsageException("--color must be auto, always or never, not '" + color + "'");
        };
        Optional<Severity> threshold = threshold();
        if (markdownMaxFindings < 0) {
            throw new UsageException("--markdown-max-findings must be 0 or more, not " + markdownMaxFindings);
        }
        ReportTargets reportTargets = ReportTargets.of(formatId, output, reports, new ReportOptions(colorOut,
                sarifIncludeSuppressed, sarifCategory, threshold.orElse(null), linkPrefix, markdownMaxFindings));
        List<Rule> rules = BuiltinRules.all();
        ScanConfig scanConfig = scanOptions.config(err, BuiltinRules.ids());
        Progress progress = Terminal.isTerminal(2) && !"true".equals(env.get("CI")) ? new Progress(err) : null;
        if (progress != null) {
            scanConfig = scanConfig.withProgress(progress);
        }
        ScanResult result;
        try {
            result = ScanOptions.run(new ScanEngine(Main.version(), rules, Languages.defaults()), scanConfig, false)
                    .result();
        } finally {
            if (progress != null) {
                progress.clear();
            }
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
        if (failOn.equalsIgnoreCase("none")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Severity.parse(failOn));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on must be error, warning, info or none, not '" + failOn + "'");
        }
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
