package io.cliqmigrate.cli;

import io.cliqmigrate.core.baseline.Baseline;
import io.cliqmigrate.core.engine.ScanConfig;
import io.cliqmigrate.core.engine.ScanEngine;
import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.core.lang.Languages;
import io.cliqmigrate.reports.JsonReporter;
import io.cliqmigrate.rules.BuiltinRules;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "baseline", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Records today's unsuppressed findings, so that 'scan --baseline FILE' fails only on new ones.",
                "The file holds fingerprints, rule ids, paths and code hashes: no code and no secret. Commit it."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the baseline was written", "  2  usage or configuration error, the scan could not run, or "
                + "the file could not be written"})
final class BaselineCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ScanOptions scanOptions;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = Baseline.DEFAULT_FILE,
            description = "where to write the baseline (default: ${DEFAULT-VALUE})")
    Path output;

    @Override
    public Integer call() {
        return UsageException.exitCode(spec.commandLine().getErr(), this::write);
    }

    private int write(PrintWriter err) throws UsageException {
        ScanConfig config = scanOptions.config(err, BuiltinRules.ids());
        ScanResult result = ScanOptions.run(new ScanEngine(Main.version(), BuiltinRules.all(), Languages.defaults()),
                config, false).result();
        Baseline baseline = Baseline.of(result);
        try {
            Delivery.deliver(output, spec.commandLine().getOut(), out -> JsonReporter.writeJson(baseline.toJson(), out));
        } catch (Delivery.Failed e) {
            throw new UsageException(e.getMessage());
        }
        err.println("cliq-migrate: baseline of " + baseline.entries().size() + " finding"
                + (baseline.entries().size() == 1 ? "" : "s") + " written to " + output);
        return Main.OK;
    }
}
