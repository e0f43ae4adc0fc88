package io.cliqmigrate.cli;

import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.reports.ReportOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** Which reports to write and how they look: the options {@code scan} and {@code report} share. */
final class ReportFlags {
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

    @Option(names = "--compact", description = "text report: one line per finding (path:line:column, severity, "
            + "rule, the message's first sentence), then the summary")
    boolean compact;

    @Option(names = "--previous", paramLabel = "REPORT.json",
            description = "the JSON report of an earlier scan: the HTML and Markdown reports show the progress since "
                    + "(findings gone, new and left)")
    java.nio.file.Path previous;

    @Option(names = "--color", defaultValue = "auto", paramLabel = "WHEN",
            description = "auto, always or never (auto: only on a terminal, and never when NO_COLOR is set)")
    String color;

    /**
     * The reports asked for, settled before any work so a typo costs none; {@code failOn} is the level the Markdown
     * status and the JUnit failures follow ({@code null} for none).
     */
    ReportTargets targets(Map<String, String> env, Severity failOn) throws UsageException {
        boolean colorOut = switch (color.toLowerCase(Locale.ROOT)) {
            case "always" -> true;
            case "never" -> false;
            case "auto" -> output == null && Terminal.isTerminal(1) && Terminal.colorAllowed(env);
            default -> throw new UsageException("--color must be auto, always or never, not '" + color + "'");
        };
        if (markdownMaxFindings < 0) {
            throw new UsageException("--markdown-max-findings must be 0 or more, not " + markdownMaxFindings);
        }
        ReportOptions options = new ReportOptions(colorOut, sarifIncludeSuppressed, sarifCategory, failOn, linkPrefix,
                markdownMaxFindings).withCompact(compact);
        if (previous != null) {
            options = options.withPrevious(ReportCommand.read("--previous", previous));
        }
        return ReportTargets.of(format.toLowerCase(Locale.ROOT), output, reports, options);
    }
}
