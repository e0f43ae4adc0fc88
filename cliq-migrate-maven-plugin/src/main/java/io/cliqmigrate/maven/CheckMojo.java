package io.cliqmigrate.maven;

import io.cliqmigrate.cli.Main;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Scans the module and fails the build when a finding at or above {@code failOn} remains (with a baseline: a new
 * one). The findings are listed in the log, as {@code cliq-migrate scan} prints them.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends ScanMojo {
    @Override
    void execute(ModuleFolder module) throws MojoExecutionException, MojoFailureException {
        if (run(scanOver(module)) == Main.FINDINGS) {
            throw new MojoFailureException("Cliq Migrate: legacy Zoho authtoken use at or above '" + failOn
                    + "' in " + module.folder() + " (listed above); fix it, or see 'cliq-migrate explain <rule>'");
        }
    }
}
