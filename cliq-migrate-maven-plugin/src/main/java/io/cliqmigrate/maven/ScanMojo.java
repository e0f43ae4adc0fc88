package io.cliqmigrate.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that scan: what counts as failing, and the baseline new findings are told from. */
abstract class ScanMojo extends CliqMigrateMojo {
    /** error, warning, info or none: the findings at or above this level fail {@code check}. */
    @Parameter(property = "cliq-migrate.failOn", defaultValue = "error")
    String failOn;

    /**
     * A baseline written by {@code cliq-migrate baseline}: the findings it records are not new, and only new ones
     * count toward {@code failOn}. Passed to the scan as {@code --baseline FILE}.
     */
    @Parameter(property = "cliq-migrate.baseline")
    File baseline;

    List<String> scanOver(ModuleFolder module) {
        List<String> args = commandOver("scan", module);
        args.addAll(List.of("--fail-on", failOn, "--color", "never"));
        if (baseline != null) {
            args.add("--baseline");
            args.add(baseline.toString());
        }
        return args;
    }
}
