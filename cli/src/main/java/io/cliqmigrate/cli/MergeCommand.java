package io.cliqmigrate.cli;

import io.cliqmigrate.reports.JsonReporter;
import io.cliqmigrate.reports.ReportMerge;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merges JSON reports (scan --format json) of the shards of one tree or of many repositories "
                + "into one JSON report; 'report --from' renders it, the HTML page with a table per repository.",
                "Each finding keeps its repository (scan --repo-name, else the git remote's name, else the project "
                        + "folder's, else the report file's name). Merging a report twice changes nothing, and the "
                        + "order of merges does not matter."},
        footerHeading = "%nExamples:%n",
        footer = {"  cliq-migrate merge shard-*.json -o all.json",
                "  cliq-migrate merge reports/*.json -o all.json",
                "  cliq-migrate report --from all.json --format html -o campaign.html",
                "%nExit codes:%n  0  merged and written",
                "  2  usage error, a FILE missing or not a cliq-migrate JSON report,",
                "     or the report could not be written"})
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON reports to merge")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the merged report to FILE "
            + "instead of stdout")
    Path output;

    @Override
    public Integer call() {
        return UsageException.exitCode(spec.commandLine().getErr(), this::merge);
    }

    private int merge(PrintWriter err) throws UsageException {
        List<ReportMerge.Input> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(new ReportMerge.Input(ReportCommand.read("merge", file), fallbackName(file)));
        }
        var merged = ReportMerge.merge(inputs);
        try {
            Delivery.deliver(output, spec.commandLine().getOut(), out -> new JsonReporter().write(merged, out));
        } catch (Delivery.Failed e) {
            throw new UsageException(e.getMessage());
        }
        return Main.OK;
    }

    /** {@code reports/billing.json} → {@code billing}. */
    private static String fallbackName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
