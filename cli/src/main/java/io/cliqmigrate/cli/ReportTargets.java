package io.cliqmigrate.cli;

import io.cliqmigrate.core.engine.ScanResult;
import io.cliqmigrate.reports.ReportOptions;
import io.cliqmigrate.reports.Reporter;
import io.cliqmigrate.reports.Reporters;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The reports one scan writes: the {@code --format} report to {@code -o FILE} or standard output, and each
 * {@code --report FORMAT=PATH} to its file (folders made, never coloured). All are settled before the scan runs, so
 * a typo costs no scan, and all are written through {@link Delivery}.
 */
final class ReportTargets {
    /** {@code path} is {@code null} for standard output. */
    private record Target(Reporter reporter, Path path, boolean makeFolders) {}

    private final List<Target> targets = new ArrayList<>();

    private ReportTargets() {}

    /**
     * The main report ({@code format}, {@code output}, colour as asked) and those {@code --report} asks for, in
     * the order given.
     */
    static ReportTargets of(String format, Path output, List<String> reports, ReportOptions options)
            throws UsageException {
        ReportTargets all = new ReportTargets();
        all.targets.add(new Target(reporter(format, options, "--format " + format), output, false));
        ReportOptions plain = options.withoutColor();
        Map<Path, String> seen = new HashMap<>();
        if (output != null) {
            seen.put(output.toAbsolutePath().normalize(), "-o " + output);
        }
        for (String spec : reports == null ? List.<String>of() : reports) {
            int eq = spec.indexOf('=');
            if (eq <= 0 || eq == spec.length() - 1) {
                throw new UsageException("--report needs FORMAT=PATH, not '" + spec + "'");
            }
            Path path = Path.of(spec.substring(eq + 1));
            String before = seen.putIfAbsent(path.toAbsolutePath().normalize(), "--report " + spec);
            if (before != null) {
                throw new UsageException("--report " + spec + " writes where " + before + " does");
            }
            all.targets.add(new Target(reporter(spec.substring(0, eq), plain, "--report " + spec), path, true));
        }
        return all;
    }

    private static Reporter reporter(String format, ReportOptions options, String option) throws UsageException {
        return Reporters.forFormat(format.toLowerCase(Locale.ROOT), options).orElseThrow(() -> new UsageException(
                "unknown format '" + format + "' in " + option + " (expected one of "
                        + String.join(", ", Reporters.FORMATS) + ")"));
    }

    /**
     * Writes every report, each whatever became of the others; a report that could not be written in full is a
     * usage error naming it (one line per report), after the rest are written.
     */
    void write(ScanResult result, PrintWriter stdout) throws UsageException {
        List<String> failures = new ArrayList<>();
        for (Target target : targets) {
            try {
                Delivery.deliver(target.path(), stdout, out -> target.reporter().write(result, out),
                        target.makeFolders());
            } catch (Delivery.Failed e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new UsageException(String.join("\n", failures));
        }
    }
}
