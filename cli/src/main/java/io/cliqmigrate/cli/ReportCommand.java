package io.cliqmigrate.cli;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.model.Severity;
import io.cliqmigrate.reports.JsonReportReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Renders a saved JSON report (scan --format json) in any format, without scanning again.",
                "It reports and does not gate: exit 0 once written, unless --fail-on is given."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the reports were written (and, with --fail-on, no finding at or above it)",
                "  1  with --fail-on: at least one finding at or above it",
                "  2  usage error; FILE missing, unreadable or not a cliq-migrate JSON report;",
                "     or a report could not be written"})
final class ReportCommand implements Callable<Integer> {
    private final Map<String, String> env;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "FILE",
            description = "the JSON report of a scan (scan --format json -o FILE)")
    Path from;

    @CommandLine.Mixin
    ReportFlags reportFlags;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "error, warning, info or none: exit 1 when a finding at or above it remains, as scan "
                    + "does (default: no gate; the Markdown and JUnit reports follow the scan's own --fail-on)")
    String failOn;

    ReportCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        return UsageException.exitCode(spec.commandLine().getErr(), this::report);
    }

    private int report(PrintWriter err) throws UsageException {
        Optional<Severity> gate = failOn == null ? Optional.empty() : ScanCommand.threshold(failOn);
        ScanResult result = read(from);
        // without --fail-on the summaries say what the scan's gate said
        Optional<Severity> shown = failOn != null ? gate : savedFailOn(result);
        reportFlags.targets(env, shown.orElse(null)).write(result, spec.commandLine().getOut());
        return gate.isPresent() && result.hasFindingAtLeast(gate.get()) ? Main.FINDINGS : Main.OK;
    }

    private static Optional<Severity> savedFailOn(ScanResult result) throws UsageException {
        return result.configuration() == null || result.configuration().failOn() == null
                ? Optional.of(io.cliqmigrate.reports.ReportOptions.DEFAULT_FAIL_ON)
                : ScanCommand.threshold(result.configuration().failOn());
    }

    private static ScanResult read(Path file) throws UsageException {
        return read("--from", file);
    }

    /** A saved JSON report, or a one-line error naming the option and the file. */
    static ScanResult read(String option, Path file) throws UsageException {
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new UsageException(option + " " + file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new UsageException(option + " " + file + ": not a cliq-migrate JSON report (not UTF-8 text)");
        } catch (IOException e) {
            // a folder, no permission, an I/O error
            throw new UsageException(option + " " + file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        try {
            return JsonReportReader.read(json);
        } catch (JsonReportReader.NotAReportException e) {
            throw new UsageException(option + " " + file + ": " + e.getMessage());
        }
    }
}
