package io.cliqmigrate.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * The examples that end each command's {@code --help}, kept in one place so they are read (and kept true) together
 * rather than scattered over the commands' annotations.
 */
final class UsageExamples {
    private static final Map<String, List<String>> EXAMPLES = Map.of(
            "cliq-migrate", List.of("cliq-migrate scan                       scan the current folder, text report",
                    "cliq-migrate scan -f html -o report.html src/",
                    "cliq-migrate fix --apply                 write the safe fixes",
                    "cliq-migrate help scan                   a command's options"),
            "scan", List.of("cliq-migrate scan examples/legacy-cliq-app",
                    "cliq-migrate scan -f sarif -o cliq.sarif --fail-on warning",
                    "cliq-migrate scan -f json -o scan.json --report markdown=summary.md",
                    "cliq-migrate scan --shard 2/8 --repo-name billing -f json -o 2.json",
                    "cliq-migrate scan --baseline .cliq-migrate-baseline.json  (new findings fail)",
                    "cliq-migrate scan --changed-since origin/main  (a pull request's files)",
                    "cliq-migrate scan --staged                     (a pre-commit hook)"),
            "baseline", List.of("cliq-migrate baseline                    (record today's findings)",
                    "cliq-migrate baseline services/ -o ci/baseline.json"),
            "report", List.of("cliq-migrate report --from scan.json -f html -o report.html",
                    "cliq-migrate report --from all.json -f markdown --fail-on error"),
            "fix", List.of("cliq-migrate fix                         print the planned changes as a diff",
                    "cliq-migrate fix --apply --unsafe --connection crm=zoho_crm",
                    "cliq-migrate fix --check                 exit 1 while a fix is pending (CI)"),
            "parse", List.of("cliq-migrate parse scripts/ --language deluge", "cliq-migrate parse Lead.dg --tree"),
            "rules", List.of("cliq-migrate rules", "cliq-migrate rules --format json"),
            "explain", List.of("cliq-migrate explain authtoken-query-param"),
            "completion", List.of("source <(cliq-migrate completion bash)"),
            "merge", List.of("cliq-migrate merge shard-*.json -o all.json",
                    "cliq-migrate merge billing.json crm.json -o org.json"));

    private UsageExamples() {}

    /** Appends each command's examples to the end of its help. */
    static void addTo(CommandLine cli) {
        add(cli);
        cli.getSubcommands().values().forEach(UsageExamples::add);
    }

    private static void add(CommandLine command) {
        List<String> examples = EXAMPLES.get(command.getCommandName());
        if (examples == null || examples.isEmpty()) {
            return;
        }
        CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        List<String> footer = new ArrayList<>(Arrays.asList(usage.footer()));
        footer.add("%nExamples:");
        examples.forEach(e -> footer.add("  " + e));
        usage.footer(footer.toArray(String[]::new));
    }
}
