package io.cliqmigrate.cli;

import io.cliqmigrate.core.engine.ConfigException;
import io.cliqmigrate.core.engine.ConfigFile;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.fix.FixApplier;
import io.cliqmigrate.core.fix.FixPlan;
import io.cliqmigrate.core.fix.FixPlanner;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.reports.FixReports;
import io.cliqmigrate.rules.BuiltinRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "fix", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Plans the automatic fixes of the findings and prints them as a unified diff; --apply writes "
                + "them.", "Safe fixes keep behaviour; fixes marked review change behaviour a person should check "
                + "and need --unsafe. Every changed file is parsed again before anything is written, and a file that "
                + "changed on disk since it was read is left alone."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ran (with --check: nothing left to fix)", "  1  with --check: a fix is pending",
                "  2  usage or configuration error, the scan could not run, or a file could not",
                "     be written (the others are still written)"})
final class FixCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ScanOptions scanOptions;

    @Option(names = "--apply", description = "write the changes (default: print them, write nothing)")
    boolean apply;

    @Option(names = "--unsafe", description = "also apply fixes marked review (behaviour a person should check)")
    boolean unsafe;

    @Option(names = "--rule", paramLabel = "ID", description = "only this rule's fixes (repeatable)")
    List<String> rules;

    @Option(names = "--connection", paramLabel = "SERVICE=NAME",
            description = "Deluge connection link name per service: crm, cliq, books, desk, creator, projects, … "
                    + "(repeatable); without it a placeholder name (cliqmigrate_<service>) and a TODO comment")
    List<String> connections;

    @Option(names = "--strategy", paramLabel = "oauth|webhook",
            description = "which fixes come first where the rules offer both: OAuth rewrites, or a switch to a Cliq "
                    + "webhook token (default: the rules' order)")
    String strategy;

    @Option(names = "--token-provider", paramLabel = "FQCN",
            description = "the Java class OAuth rewrites get their tokens from, created when missing (default: a "
                    + "class cliq-migrate generated before, else ZohoOAuthTokens in the package the authtoken code "
                    + "shares)")
    String tokenProvider;

    @Option(names = {"-f", "--format"}, defaultValue = "diff", paramLabel = "FORMAT",
            description = "diff or json (the fix plan) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the diff or plan here")
    Path output;

    @Option(names = "--check", description = "exit 1 when any fix would change a file (CI: is the migration done?)")
    boolean check;

    @Override
    public Integer call() {
        return UsageException.exitCode(spec.commandLine().getErr(), this::fix);
    }

    private int fix(PrintWriter err) throws UsageException {
        String formatId = format.toLowerCase(Locale.ROOT);
        if (!formatId.equals("diff") && !formatId.equals("json")) {
            throw new UsageException("unknown format '" + format + "' (expected diff or json)");
        }
        Set<String> ids = BuiltinRules.ids();
        ConfigFile.FixSettings cli = cliSettings(ids);
        ScanConfig config = scanOptions.config(err, ids).withFix(cli);
        ConfigFile.FixSettings settings = config.effectiveFix();
        // one plan takes one choice of what to apply; roots whose files ask for different ones are a conflict
        if (config.fixPerRoot().stream().map(f -> List.of(f.unsafe(), f.rules())).distinct().count() > 1) {
            throw new UsageException("the roots' configuration files ask for different fix settings (unsafe, "
                    + "rules): fix the roots one at a time, or give --unsafe and --rule for all");
        }
        ScanEngine engine = new ScanEngine(Main.version(), BuiltinRules.all(), Languages.defaults());
        ScanEngine.Run run = ScanOptions.run(engine, config, true);
        FixPlanner planner = new FixPlanner(engine, run, settings.unsafe(), settings.rules(), config.threads());
        FixPlan plan = planner.plan();
        boolean pending = plan.pending();
        Map<String, String> failures = Map.of();
        if (apply) {
            FixApplier.Applied applied = FixApplier.apply(planner, plan);
            plan = applied.plan();
            failures = applied.failures();
        }
        FixPlan shown = plan;
        Map<String, String> notWritten = failures;
        try {
            Delivery.deliver(output, spec.commandLine().getOut(), out -> {
                if (formatId.equals("json")) {
                    FixReports.writeJson(shown, apply, notWritten, Main.version(), out);
                } else {
                    FixReports.writeDiff(shown, out);
                }
            });
        } catch (Delivery.Failed e) {
            throw new UsageException(e.getMessage());
        }
        for (FixPlan.PlannedFix p : plan.fixes()) {
            if (p.status() == FixPlan.Status.SKIPPED) {
                err.println("cliq-migrate: " + FixReports.message("skipped the fix for " + p.finding().ruleId()
                        + " at " + p.finding().location().path() + ":" + p.finding().location().startLine() + ": "
                        + p.reason()));
            }
        }
        failures.forEach((path, reason) -> err.println("cliq-migrate: "
                + FixReports.message("could not write " + path + ": " + reason)));
        int notFullyScanned = run.result().filesNotFullyScanned();
        if (notFullyScanned > 0) {
            // a file fix could not read may hold uses it cannot fix: say so rather than look done
            err.println("cliq-migrate: " + notFullyScanned + (notFullyScanned == 1 ? " file was" : " files were")
                    + " not fully scanned, so uses in " + (notFullyScanned == 1 ? "it" : "them")
                    + " may be left: 'cliq-migrate scan' lists why");
        }
        long revoke = plan.fixes().stream().filter(p -> p.status() != FixPlan.Status.SKIPPED)
                .flatMap(p -> p.fix().steps().stream()).filter(step -> step.startsWith(FixPlanner.REVOKE)).count();
        if (revoke > 0) {
            err.println("cliq-migrate: " + revoke + (revoke == 1 ? " hard-coded token is" : " hard-coded tokens are")
                    + " removed from the code: revoke " + (revoke == 1 ? "it" : "them") + ", as "
                    + (revoke == 1 ? "it stays" : "they stay") + " in the repository's history"
                    + " (--format json lists where)");
        }
        err.println("cliq-migrate: " + FixReports.summary(plan, apply, failures));
        err.flush();
        if (!failures.isEmpty()) {
            return Main.USAGE;
        }
        return check && pending ? Main.FINDINGS : Main.OK;
    }

    private ConfigFile.FixSettings cliSettings(Set<String> ids) throws UsageException {
        Map<String, String> links = new TreeMap<>();
        for (String spec : connections == null ? List.<String>of() : connections) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--connection must be SERVICE=NAME (for example crm=zcrm), not '" + spec + "'");
            }
            String service = spec.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String link;
            try {
                link = ConfigFile.linkName(service, spec.substring(eq + 1).trim(), "--connection ");
            } catch (ConfigException e) {
                throw new UsageException(e.getMessage());
            }
            String earlier = links.put(service, link);
            if (earlier != null && !earlier.equals(link)) {
                throw new UsageException("--connection " + service + " given twice (" + earlier + " and " + link + ")");
            }
        }
        Set<String> selected = new TreeSet<>();
        for (String id : rules == null ? List.<String>of() : rules) {
            if (!ids.contains(id)) {
                throw new UsageException("unknown rule id '" + id + "' (see 'cliq-migrate rules')");
            }
            selected.add(id);
        }
        try {
            return new ConfigFile.FixSettings(links, unsafe, selected,
                    tokenProvider == null ? null : ConfigFile.className(tokenProvider, "--token-provider"), Map.of(),
                    strategy == null ? null : ConfigFile.strategy(strategy, "--strategy"));
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
